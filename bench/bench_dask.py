"""Scale-out (issue 10): throughput of `extract run --scheduler local:2` against `-j 2` on the same corpus.

    python bench/bench_dask.py [--articles 300]

Both are whole `extract run` commands (start-up, model loading in every worker, writing
included), timed on one generated corpus in this one run; the ratio is -j 2 time over
local:2 time (>= 1 means Dask is as fast).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_perf import EXTRACT, timed, words  # noqa: E402
from make_corpus import make_corpus  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="extract-dask-"))
    try:
        corpus = tmp / "corpus"
        make_corpus(corpus, args.articles)
        n_words = words(corpus)
        base = [*EXTRACT, "run", str(corpus), "-q", "--no-cache"]
        j2 = timed([*base, "-o", str(tmp / "j2.jsonl"), "-j", "2"], args.repeat)
        dask = timed([*base, "-o", str(tmp / "dask.jsonl"), "--scheduler", "local:2"], args.repeat)
        same = (tmp / "j2.jsonl").read_bytes() == (tmp / "dask.jsonl").read_bytes()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{args.articles} articles, {n_words:,} words; best of {args.repeat}")
    print(f"extract run -j 2                {j2:7.1f}s  {n_words / j2:9,.0f} words/s")
    print(f"extract run --scheduler local:2 {dask:7.1f}s  {n_words / dask:9,.0f} words/s")
    print(f"ratio local:2 / -j 2 throughput: {j2 / dask:.2f} (target >= 0.85); identical output: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
