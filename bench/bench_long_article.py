"""One long one-line article against ordinary articles of the same words: words/s and peak memory.

    .venv/bin/python bench/bench_long_article.py [MB]      # default 5

Builds a one-line article of MB megabytes from the texts of corpus/ (line breaks removed),
and the same words as ordinary articles of corpus/ size, runs `extract run -j 1 --no-cache`
on each in a fresh process, and prints words/s (CPU time) and peak RSS of each.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(corpus: Path, out: Path) -> tuple[float, int]:
    args = [sys.executable, "-m", "extract.cli", "run", str(corpus), "-o", str(out), "-j", "1", "--no-cache", "-q"]
    pid = os.posix_spawn(sys.executable, args, os.environ)
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"extract run {corpus} failed")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def main() -> int:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    texts = [p.read_text(encoding="utf-8").split("---\n", 2)[-1] for p in sorted((ROOT / "corpus").glob("*.txt"))]
    body = " ".join(" ".join(texts).split())
    repeat = int(megabytes * 1_000_000) // len(body) + 1
    words = len(body.split()) * repeat
    with tempfile.TemporaryDirectory() as tmp:
        one, many = Path(tmp) / "one", Path(tmp) / "many"
        one.mkdir()
        many.mkdir()
        (one / "long.txt").write_text(" ".join([body] * repeat), encoding="utf-8")
        for i in range(repeat):
            (many / f"{i:05d}.txt").write_text(body, encoding="utf-8")
        results = {}
        for name, corpus in (("ordinary articles", many), ("one-line article", one)):
            cpu, peak = _run(corpus, Path(tmp) / f"{name}.jsonl")
            results[name] = {"words": words, "cpu_seconds": round(cpu, 1), "words_per_cpu_second": round(words / cpu),
                             "peak_rss_mb": peak}
    results["ratio"] = round(results["one-line article"]["words_per_cpu_second"]
                             / results["ordinary articles"]["words_per_cpu_second"], 3)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
