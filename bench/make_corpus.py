"""Generate N realistic articles from the project's corpus: recombined paragraphs, fresh names and dates.

    python bench/make_corpus.py OUT_DIR N [--paragraphs K] [--seed S]

Each article gets a front-matter block with a published date drawn from 2015-2024 and a
headline plus K paragraphs sampled from corpus/ (seeded, so the same N gives the same
files). Short articles (small K) suit memory tests; the default suits throughput.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def paragraphs(corpus: Path) -> list[str]:
    """Non-empty body lines of every article under CORPUS (front matter left out)."""
    out = []
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            text = text.split("\n---\n", 1)[1]
        out.extend(line for line in text.splitlines() if len(line.split()) >= 4)
    return out


def make_corpus(out: Path, n: int, per_article: int = 12, seed: int = 7, start: int = 0) -> list[Path]:
    """Write articles START .. START+N-1 into OUT; returns their paths."""
    pool = paragraphs(ROOT / "corpus")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for number in range(start, start + n):
        rng = random.Random(seed * 1_000_003 + number)
        published = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
        body = "\n".join(rng.choice(pool) for _ in range(per_article))
        path = out / f"gen_{number:06d}.txt"
        path.write_text(f"---\npublished: {published.isoformat()}\n---\n{body}\n", encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--paragraphs", type=int, default=12)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    make_corpus(args.out, args.n, args.paragraphs, args.seed)


if __name__ == "__main__":
    main()
