"""Is a change of the must-show name figures more than sampling noise? (issue 17)

    python bench/names_bootstrap.py BEFORE.json AFTER.json [--rounds 2000]

BEFORE and AFTER are prediction caches of `bench/eval_names.py` (build/names_eval/now-test.json,
copied aside after running it on each system). The four rows issue 17 asks for (Few-NERD INTER
test PRODUCT and ORG strict recall, WNUT-17 test PRODUCT strict F1, CrossNER AI test PRODUCT
strict F1) are scored on both, then the sentences are resampled with replacement (paired: the
same draw for both systems, seed 17) and the change AFTER - BEFORE recomputed on each draw.
Printed per row: both figures, the change, its 95% interval and the share of draws where AFTER is
below BEFORE. A change whose interval holds 0 is within the sampling noise of the test split.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_names  # noqa: E402

ROWS = [  # (name, split file key, row filter, label, measure)
    ("Few-NERD PRODUCT R", "fewnerd_inter_test", lambda r: True, "PRODUCT", "r"),
    ("Few-NERD ORG R", "fewnerd_inter_test", lambda r: True, "ORG", "r"),
    ("WNUT-17 PRODUCT F1", "wnut17-test", lambda r: True, "PRODUCT", "f"),
    ("CrossNER AI PRODUCT F1", "crossner-test", lambda r: r["domain"] == "ai", "PRODUCT", "f"),
]


def counts(row: dict, pred: list, label: str) -> tuple[int, int, int]:
    """Strict true positives, gold and predicted spans of LABEL in one sentence."""
    gold = {(m["start"], m["end"]) for m in row["mentions"] if m["label"] == label}
    found = {(s, e) for s, e, lab in pred if lab == label}
    return len(gold & found), len(gold), len(found)


def figure(sums, measure: str):
    """Recall or F1 from summed (tp, gold, pred) counts (the last axis), elementwise."""
    import numpy as np

    tp, gold, pred = sums[..., 0], sums[..., 1], sums[..., 2]
    r = np.divide(tp, gold, out=np.zeros(tp.shape), where=gold > 0)
    if measure == "r":
        return r
    p = np.divide(tp, pred, out=np.zeros(tp.shape), where=pred > 0)
    return np.divide(2 * p * r, p + r, out=np.zeros(tp.shape), where=p + r > 0)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--rounds", type=int, default=2000)
    args = ap.parse_args(argv)
    import numpy as np

    data = eval_names.load_rows("test")
    before = json.loads(Path(args.before).read_text())["predictions"]
    after = json.loads(Path(args.after).read_text())["predictions"]
    print(f"{'row':24} {'before':>7} {'after':>7} {'change':>7}  95% interval      P(after < before)")
    for name, split, keep, label, measure in ROWS:
        idx = [i for i, r in enumerate(data[split]) if keep(r)]
        a = np.array([counts(data[split][i], before[split][i], label) for i in idx], dtype=float)
        b = np.array([counts(data[split][i], after[split][i], label) for i in idx], dtype=float)
        fa, fb = float(figure(a.sum(0), measure)), float(figure(b.sum(0), measure))
        rng = np.random.default_rng(17)
        diffs = []
        for start in range(0, args.rounds, 100):  # draws as counts per sentence, 100 rounds at a time
            weights = rng.multinomial(len(idx), np.full(len(idx), 1 / len(idx)), size=min(100, args.rounds - start))
            diffs.append(figure(weights @ b, measure) - figure(weights @ a, measure))
        diffs = np.concatenate(diffs)
        lo, hi = np.quantile(diffs, [0.025, 0.975])
        below = float((diffs < 0).mean())
        print(f"{name:24} {fa:7.3f} {fb:7.3f} {fb - fa:+7.3f}  [{lo:+.3f}, {hi:+.3f}]  {below:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
