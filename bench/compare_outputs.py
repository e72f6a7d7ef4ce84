"""Byte-compare the outputs of two versions of the pipeline (a refactor must change no byte).

    .venv/bin/python bench/compare_outputs.py BEFORE [AFTER] [--limit N] [--sets corpus,tbaq_timex,...] [-j 1]

BEFORE and AFTER are git commits (any rev: `main`, `HEAD~2`, a sha) or folders holding a
checkout (a worktree with uncommitted changes); AFTER defaults to this checkout. Each
version runs `extract run` with `--no-cache` from its own source tree (this venv's
packages, the tree first on sys.path) over:
  - corpus: the project's corpus/ (the version's own copy for a commit);
  - every ../shared/data/*.jsonl as JSONL input (TBAQ with its `published` dates), the
    first N lines of each with --limit N (read from stdin, so both sides see the same lines).
and the three outputs (mentions, articles and entities JSONL) are compared byte for byte;
a difference prints the first differing line of each file, with its line number.

A commit's outputs are cached in bench/out/compare/ (gitignored), keyed by commit sha, set
and limit, so checking a refactor re-runs only the AFTER side. What it costs on the shared
two-core machine, per side at -j 1: --limit 200 about 1 minute for the six sets (TBAQ's 200
news articles are most of it); the full check (50,001 texts, 27 MB) 9.5 minutes measured
with other jobs running, up to 20 on a busier machine: run it in the background under
`nice -n 10`.
Exit code 0 when every set is identical, 1 when one differs, 2 on a usage problem.
"""

from __future__ import annotations

import argparse
import io
import itertools
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "bench" / "out" / "compare"
KINDS = ("mentions", "articles", "entities")
# Runs `extract` from the source tree given as the first argument, whatever is installed.
LAUNCH = (
    "import sys; tree = sys.argv.pop(1); sys.path.insert(0, tree)\n"
    "import extract\n"
    "assert extract.__file__.startswith(tree), (extract.__file__, tree)\n"
    "from extract.cli import app\n"
    "sys.argv[0] = 'extract'; app()\n"
)


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout.strip()


def resolve(version: str) -> tuple[Path, str | None]:
    """(source tree, commit sha or None for a folder) of VERSION; a commit is exported once into bench/out."""
    folder = Path(version)
    if folder.is_dir() and (folder / "extract").is_dir():
        return folder.resolve(), None
    sha = git("rev-parse", "--verify", f"{version}^{{commit}}")
    tree = OUT / "trees" / sha
    if not tree.is_dir():  # exported whole into a temp folder, then renamed: never a half tree
        partial = tree.with_name(f".{sha}.{os.getpid()}")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", sha], check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(partial, filter="data")
        os.replace(partial, tree)
    return tree, sha


def data_sets(names: list[str] | None) -> dict[str, Path | None]:
    """Set name -> JSONL file (None: the version's own corpus/)."""
    sets: dict[str, Path | None] = {"corpus": None}
    if SHARED_DATA.is_dir():
        sets.update({p.stem: p for p in sorted(SHARED_DATA.glob("*.jsonl"))})
    if names:
        unknown = [n for n in names if n not in sets]
        if unknown:
            raise SystemExit(f"error: unknown set(s) {', '.join(unknown)}; known: {', '.join(sets)}")
        sets = {n: sets[n] for n in names}
    return sets


def run_set(tree: Path, source: Path | None, limit: int | None, folder: Path, processes: int) -> float:
    """Run TREE's `extract run` on SOURCE into FOLDER/mentions.jsonl (+ companions); seconds taken."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    out = folder / "mentions.jsonl"
    cmd = [sys.executable, "-c", LAUNCH, str(tree), "run"]
    stdin = None
    if source is None:
        cmd.append(str(tree / "corpus"))
    elif limit is None:
        cmd.append(str(source))
    else:
        cmd.append("-")
        with source.open(encoding="utf-8") as lines:
            stdin = "".join(itertools.islice(lines, limit))
    cmd += ["-o", str(out), "--no-cache", "-q", "-j", str(processes)]
    started = time.perf_counter()
    result = subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=tree)
    (folder / "stderr.txt").write_text(result.stderr, encoding="utf-8")
    if result.returncode not in (0, 1) or not out.exists():
        raise SystemExit(f"error: {tree}: extract run failed with exit {result.returncode}:\n{result.stderr[-2000:]}")
    (folder / "exit.txt").write_text(f"{result.returncode}\n", encoding="utf-8")
    return time.perf_counter() - started


def outputs(tree: Path, sha: str | None, name: str, source: Path | None, limit: int | None,
            processes: int, scratch: Path) -> tuple[Path, str]:
    """The folder holding the version's outputs for one set, computed unless a commit's are cached."""
    tag = f"{name}.limit{limit}" if limit is not None and source is not None else name
    if sha is not None:
        folder = OUT / sha / tag
        if (folder / "exit.txt").exists():
            return folder, "cached"
    else:
        folder = scratch / tag
    seconds = run_set(tree, source, limit, folder, processes)
    return folder, f"{seconds:.0f}s"


def first_difference(a: Path, b: Path) -> str | None:
    """None when the files are byte-identical, else where they first differ."""
    if a.read_bytes() == b.read_bytes():
        return None
    with a.open("rb") as fa, b.open("rb") as fb:
        for number, (la, lb) in enumerate(itertools.zip_longest(fa, fb), start=1):
            if la != lb:
                return f"line {number}:\n      before: {_shown(la)}\n      after:  {_shown(lb)}"
    return "same lines, different bytes"


def _shown(line: bytes | None) -> str:
    return "<end of file>" if line is None else line.decode("utf-8", "replace").rstrip("\n")[:400]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", help="git rev or checkout folder")
    parser.add_argument("after", nargs="?", default=str(ROOT), help="git rev or checkout folder (default: this checkout)")
    parser.add_argument("--limit", type=int, default=None, help="first N lines of each ../shared/data set")
    parser.add_argument("--sets", default=None, help="comma-separated set names (default: all)")
    parser.add_argument("-j", "--processes", type=int, default=1, help="worker processes per run (default 1)")
    args = parser.parse_args()
    sets = data_sets(args.sets.split(",") if args.sets else None)
    before, after = resolve(args.before), resolve(args.after)
    print(f"before: {args.before} ({before[1] or before[0]})\nafter:  {args.after} ({after[1] or after[0]})")
    if not SHARED_DATA.is_dir():
        print(f"note: {SHARED_DATA} is absent; comparing the corpus only")
    scratch = OUT / "scratch"
    differ = 0
    for name, source in sets.items():
        (a, took_a), (b, took_b) = (outputs(*side, name, source, args.limit, args.processes, scratch / label)
                                    for side, label in ((before, "before"), (after, "after")))
        problems = []
        for kind in KINDS:
            file = "mentions.jsonl" if kind == "mentions" else f"{kind}.jsonl"
            where = first_difference(a / file, b / file)
            if where is not None:
                problems.append(f"  {kind}: {where}")
        exits = [(f / "exit.txt").read_text().strip() for f in (a, b)]
        if exits[0] != exits[1]:
            problems.append(f"  exit code: before {exits[0]}, after {exits[1]}")
        lines = len((b / "mentions.jsonl").read_bytes().splitlines())
        status = "identical" if not problems else "DIFFERENT"
        print(f"{name:24} {status:9} {lines:7} mentions  (before {took_a}, after {took_b})")
        for problem in problems:
            print(problem)
        differ += bool(problems)
    print("all identical" if not differ else f"{differ} set(s) differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
