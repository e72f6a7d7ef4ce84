"""Fuzz the whole pipeline with real text: every text in ../shared/data through `extract run`.

    .venv/bin/python bench/fuzz_shared_data.py [-j N] [--every K]

Writes each text (about 50,000: CrossNER, Few-NERD, WNUT-17, TBAQ) as one article of a
temporary corpus, runs the pipeline over it as `extract run` does, and prints the articles
that failed (there must be none), the time and the peak memory. `--every K` takes every
K-th text of each file (the tests run a sample). Stops with a note when ../shared/data is
absent.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import sys
import tempfile
import time
from contextlib import redirect_stderr
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


def write_corpus(folder: Path, every: int = 1, data: Path = SHARED_DATA) -> int:
    """One article per text of every data file (each K-th with EVERY); returns how many."""
    count = 0
    for source in sorted(data.glob("*.jsonl")):
        target = folder / source.stem
        target.mkdir(parents=True, exist_ok=True)
        with source.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                if number % every or not line.strip():
                    continue
                row = json.loads(line)
                # Front matter always, so a text that starts with '---' stays text.
                front = f"---\npublished: {row['published']}\n---\n" if row.get("published") else "---\n---\n"
                (target / f"{number:06d}.txt").write_text(front + row["text"], encoding="utf-8")
                count += 1
    return count


def fuzz(every: int = 1, processes: int | None = None) -> dict:
    """Run the pipeline over the texts; the failed articles' error lines, time and memory."""
    from extract.runner import run_corpus

    with tempfile.TemporaryDirectory(prefix="extract-fuzz-") as tmp:
        corpus = Path(tmp) / "corpus"
        texts = write_corpus(corpus, every)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.rglob("*.txt"))
        err = io.StringIO()
        started = time.perf_counter()
        with redirect_stderr(err):
            code = run_corpus(corpus, Path(tmp) / "out" / "mentions.jsonl", use_cache=False, processes=processes)
        seconds = time.perf_counter() - started
        mentions = sum(1 for _ in (Path(tmp) / "out" / "mentions.jsonl").open(encoding="utf-8"))
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    lines = err.getvalue().splitlines()
    return {"texts": texts, "words": words, "exit": code, "failed": [line for line in lines if line.startswith("error:")],
            "summary": lines[-1] if lines else "", "mentions": mentions, "seconds": round(seconds, 1),
            "words_per_second": round(words / seconds), "peak_rss_mb": round(peak / 1024)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-j", "--processes", type=int, default=None)
    parser.add_argument("--every", type=int, default=1, help="take every K-th text of each file")
    args = parser.parse_args()
    if not SHARED_DATA.is_dir():
        print(f"note: {SHARED_DATA} is absent; nothing to fuzz", file=sys.stderr)
        return 0
    result = fuzz(args.every, args.processes)
    for line in result["failed"]:
        print(line)
    result["failed"] = len(result["failed"])
    print(json.dumps(result, indent=2))
    return 0 if result["exit"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
