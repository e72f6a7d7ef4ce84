"""Which name rules gain over the trained ner (issue 17): each vote source turned off in turn.

    python bench/names_votes.py                 # dev sets: the table of ablations
    python bench/names_votes.py --only verb     # a few ablations (comma separated)
    python bench/names_votes.py --errors crossner-dev --label PRODUCT   # the pipeline's misses
    python bench/names_votes.py --errors tbaq-dev-gold --only alias      # what one source wins and loses
    python bench/names_votes.py --errors tbaq-dev-gold --save a.json     # then, after a change:
    python bench/names_votes.py --errors tbaq-dev-gold --against a.json  # what the change wins and loses

Development sets only (never the test splits): CrossNER dev (five domains), WNUT-17 dev, the
TBAQ development gold (bench/gold/tbaq_entities.jsonl: newswire, the closest to what we are
scored on) and a sample of Few-NERD INTER train. The trained ner saw Few-NERD train, so its
figures there flatter the model against the rules: read them last.

The model (with the quantity rules) runs once per text and its docs are cached in
build/names_votes/; each ablation then reruns only `extract_names` on them, so a row costs
seconds. A row removes one source (monkeypatched here, the package is unchanged) and prints
strict F1 per label and set, with the change against the full pipeline: a source is worth
keeping where removing it loses.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from contextlib import ExitStack, contextmanager
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
BUILD = ROOT / "build" / "names_votes"
sys.path.insert(0, str(ROOT))
LABELS = ("ORG", "PRODUCT")
FEWNERD_SAMPLE = 3000


def load_sets() -> dict[str, list[dict]]:
    """name -> rows {id, text, published, mentions [(start, end, label)]}, offsets into text."""
    sets: dict[str, list[dict]] = {}
    rows = [json.loads(line) for line in (DATA / "crossner.jsonl").open(encoding="utf-8")]
    sets["crossner-dev"] = [_row(r) for r in rows if r["split"].endswith("-dev")]
    rows = [json.loads(line) for line in (DATA / "wnut17.jsonl").open(encoding="utf-8")]
    sets["wnut17-dev"] = [_row(r) for r in rows if r["split"] == "dev"]
    tbaq = {json.loads(line)["id"]: json.loads(line) for line in (DATA / "tbaq_timex.jsonl").open(encoding="utf-8")}
    gold = [json.loads(line) for line in (ROOT / "bench" / "gold" / "tbaq_entities.jsonl").open(encoding="utf-8")]
    sets["tbaq-dev-gold"] = [{"id": g["article"], "text": tbaq[g["article"]]["text"], "published": g["published"],
                              "mentions": [(m["start"], m["end"], m["label"]) for m in g["mentions"]
                                           if m["label"] in LABELS]} for g in gold]
    rows = [json.loads(line) for line in (DATA / "fewnerd_inter_train.jsonl").open(encoding="utf-8")]
    sets["fewnerd-train-sample"] = [_row(r) for r in random.Random(17).sample(rows, FEWNERD_SAMPLE)]
    return sets


def _row(r: dict) -> dict:
    return {"id": r["id"], "text": r["text"], "published": None,
            "mentions": [(m["start"], m["end"], m["label"]) for m in r["mentions"]],
            "known": [(m["start"], m["end"]) for m in r.get("other_mentions", [])]}


def model_docs(nlp, name: str, rows: list[dict]):
    """The docs after the model and the quantity rules, cached by the ner's fingerprint and a
    hash of what the quantity stage may read: every module of the package (the normalizers too)
    and its patterns."""
    import hashlib

    from spacy.tokens import DocBin

    from extract.pipeline import names_ner_fingerprint

    package = ROOT / "extract"
    files = [*sorted(package.glob("*.py")), *sorted((package / "patterns").glob("*.jsonl")),
             *sorted((package / "data").glob("*.txt")),
             *sorted((package / "normalize").glob("*.py"))]
    quantities = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()[:12]
    path = BUILD / f"{name}-{names_ner_fingerprint()}-{quantities}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    from extract.articles import parse_article

    texts = [parse_article(r["text"].encode("utf-8"), f"{r['id']}.txt") for r in rows]
    with nlp.select_pipes(disable=["extract_names"]):
        docs = list(nlp.pipe((a.text[a.body_start:] for a in texts), batch_size=64))
    BUILD.mkdir(parents=True, exist_ok=True)
    DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "MORPH", "POS", "SENT_START", "SPACY", "NORM"],
           docs=docs).to_disk(path)
    return docs


def predict(nlp, rows: list[dict], docs) -> list[list[tuple[int, int, str]]]:
    from dataclasses import replace
    from datetime import date

    from extract.articles import parse_article
    from extract.mentions import doc_mentions

    names = nlp.get_pipe("extract_names")
    out = []
    for row, doc in zip(rows, docs):
        article = parse_article(row["text"].encode("utf-8"), f"{row['id']}.txt")
        if row["published"]:
            article = replace(article, published=date.fromisoformat(row["published"]))
        doc = names(doc.copy())
        shift = len(article.text) - len(row["text"])
        out.append([(m.start - shift, m.end - shift, m.label) for m in doc_mentions(doc, article, article.body_start)
                    if m.label in LABELS])
    return out


def score(rows: list[dict], preds) -> dict[str, Counter]:
    counts = {lab: Counter() for lab in LABELS}
    for row, pred in zip(rows, preds):
        gold = set(map(tuple, row["mentions"]))
        for s, e, lab in pred:
            counts[lab]["pred"] += 1
            counts[lab]["tp"] += (s, e, lab) in gold
        for s, e, lab in gold:
            counts[lab]["gold"] += 1
    return counts


def f1(c: Counter) -> float:
    return 2 * c["tp"] / (c["pred"] + c["gold"]) if c["pred"] + c["gold"] else 0.0


# --- ablations: each a context manager that turns one source off ---------------------------

def _drop_rows(field: str, value: str):
    """Turn off the pattern rows whose FIELD ("source" or "id") is VALUE."""
    def fake(names_pipe):
        real = names_pipe.resolver._candidates

        def cands(doc, found):
            return real(doc, [(s, r) for s, r in found if r[field] != value])
        return mock.patch.object(names_pipe.resolver, "_candidates", cands)
    return fake


def _patch(target: str, value):
    return lambda names_pipe: mock.patch(target, value)


def _no_gazetteer(names_pipe):
    from spacy.matcher import PhraseMatcher

    return mock.patch.object(names_pipe.resolver, "gazetteer", PhraseMatcher(names_pipe.resolver.vocab))


def _no_generic(names_pipe):
    return mock.patch.object(names_pipe.resolver, "generic", frozenset())


def _votes(**weights):
    import extract.names as n

    return lambda names_pipe: mock.patch.dict(n.VOTES, weights)


def _model_tier(names_pipe):
    import extract.names as n

    return mock.patch.dict(n.TIERS, {"model": 2})


def _no_strong_override(names_pipe):
    import extract.name_cues as cues

    real = cues.sentence_cue

    def weak(span, lemma=None):
        cue, strong = real(span, lemma) if lemma else real(span)
        return cue, False
    return mock.patch("extract.names.sentence_cue", weak)


def _only_cue(keep: str):
    import extract.name_cues as cues

    real = cues.sentence_cue

    def only(span, lemma=None):
        cue, strong = real(span, lemma) if lemma else real(span)
        return (cue, strong) if cue == keep else (None, False)
    return lambda names_pipe: mock.patch("extract.names.sentence_cue", only)


def _no_makers(names_pipe):
    from spacy.matcher import PhraseMatcher

    return mock.patch.object(names_pipe.resolver, "makers", PhraseMatcher(names_pipe.resolver.vocab))


def _model_filter(names_pipe):
    return mock.patch("extract.names.not_an_org", lambda span, people: False)


ABLATIONS = {
    "gazetteer": _no_gazetteer,
    "legal_suffix": _drop_rows("source", "legal_suffix"),
    "trigger": _drop_rows("source", "trigger"),
    "possessed": _drop_rows("source", "possessed"),
    "trigger: letter code before a machine noun": _drop_rows("id", "product-letter-code-noun"),
    "line: product line before a machine noun": _drop_rows("source", "line"),
    "designation: a versioned name as a product verb's object": _drop_rows("id", "product-designation-object"),
    "alias": _drop_rows("source", "alias"),
    "verb (all cues)": _patch("extract.names.sentence_cue", lambda span, lemma=None: (None, False)),
    "verb: strong ORG override": _no_strong_override,
    "verb: PRODUCT cues": _only_cue("ORG"),  # only the ORG cues left
    "verb: ORG cues": _only_cue("PRODUCT"),
    "brand_product": _patch("extract.names._model_candidate",
                            lambda span, brands, generic=frozenset(): __import__("extract.names").names.Candidate(span, "model", span.label_)),
    "brand merge (_brand_products)": _patch("extract.names._brand_products", lambda names: names),
    "propagate": _patch("extract.names.NameResolver._propagate", lambda self, *a: []),
    "model number extension": _patch("extract.names._with_model_number", lambda doc, end: end),
    "not_an_org filter": _model_filter,
    "maker_model": _no_makers,
    "designation": _patch("extract.names.NOT_DESIGNATIONS", type("All", (), {"__contains__": lambda self, x: True})()),
    "suffix name inside a ner ORG": _patch("extract.names._inside_model_org", lambda span, m: False),
    "generic names": _no_generic,
    "headline run": _patch("extract.names._headline_run", lambda cand: False),
    "descriptor out": _patch("extract.names.without_descriptor", lambda span: span),
    "split coordinated": _patch("extract.names.split_names", lambda span: [span]),
    "title after service out": _patch("extract.names.without_title", lambda span: span),
    "plausible filter": _patch("extract.names._plausible", lambda span: True),
    "set: model vote 2": _votes(model=2),
    "set: model vote 3": _votes(model=3),
    "set: model vote 5": _votes(model=5),
    "set: model vote 11": _votes(model=11),
    "set: model tier = rules": _model_tier,
}


@contextmanager
def ablated(names_pipe, keys: list[str]):
    with ExitStack() as stack:
        for key in keys:
            stack.enter_context(ABLATIONS[key](names_pipe))
        yield


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated ablations (default: all)")
    parser.add_argument("--sets", help="comma-separated sets (default: all)")
    parser.add_argument("--errors", help="print the full pipeline's errors on this set")
    parser.add_argument("--label", default="PRODUCT")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--save", type=Path, help="with --errors: write the predictions; --against: compare with them")
    parser.add_argument("--against", type=Path)
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"{DATA} is absent: nothing to measure", file=sys.stderr)
        return 0
    from extract.pipeline import load_pipeline

    nlp = load_pipeline()
    names_pipe = nlp.get_pipe("extract_names")
    sets = load_sets()
    if args.sets:
        sets = {k: v for k, v in sets.items() if k in args.sets.split(",")}
    docs = {name: model_docs(nlp, name, rows) for name, rows in sets.items()}
    if args.errors:
        rows = sets[args.errors]
        if args.save:
            args.save.write_text(json.dumps(predict(nlp, rows, docs[args.errors])))
        elif args.against:  # what the code changed since the saved predictions
            _print_changes(rows, predict(nlp, rows, docs[args.errors]), json.loads(args.against.read_text()))
        elif args.only:  # what the ablation changes: spans it wins and loses
            full = predict(nlp, rows, docs[args.errors])
            with ablated(names_pipe, args.only.split("+")):
                off = predict(nlp, rows, docs[args.errors])
            _print_changes(rows, full, off)
        else:
            _print_errors(rows, predict(nlp, rows, docs[args.errors]), args.label)
        return 0
    keys = args.only.split(",") if args.only else list(ABLATIONS)
    base = {name: score(rows, predict(nlp, rows, docs[name])) for name, rows in sets.items()}
    cols = [(name, lab) for name in sets for lab in LABELS if base[name][lab]["gold"]]
    print(f"{'strict F1':<32}" + "".join(f"{n[:14] + ' ' + lab[:4]:>21}" for n, lab in cols))
    print(f"{'full pipeline':<32}" + "".join(f"{f1(base[n][lab]):>21.3f}" for n, lab in cols))
    results = {"full": {f"{n} {lab}": f1(base[n][lab]) for n, lab in cols}}
    alone = {name: score(rows, [[(e.start_char, e.end_char, e.label_) for e in d.ents if e.label_ in LABELS]
                                for d in docs[name]]) for name, rows in sets.items()}
    print(f"{'trained ner alone':<32}" + "".join(f"{f1(alone[n][lab]):>21.3f}" for n, lab in cols))
    for key in keys:
        with ablated(names_pipe, key.split("+")):
            got = {name: score(rows, predict(nlp, rows, docs[name])) for name, rows in sets.items()}
        cells = []
        for n, lab in cols:
            delta = f1(got[n][lab]) - f1(base[n][lab])
            cells.append(f"{f1(got[n][lab]):.3f} ({delta:+.3f})")
        results[key] = {f"{n} {lab}": f1(got[n][lab]) for n, lab in cols}
        name = key[5:] if key.startswith("set: ") else "without " + key
        print(f"{name[:32]:<32}" + "".join(f"{c:>21}" for c in cells), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, sort_keys=True))
    return 0


def _print_errors(rows, preds, label):
    for row, pred in zip(rows, preds):
        gold = {tuple(m) for m in row["mentions"] if m[2] == label}
        mine = {tuple(p) for p in pred if p[2] == label}
        other = {tuple(p) for p in pred if p[2] != label}
        text = row["text"]
        for s, e, lab in sorted(gold - mine):
            near = [f"{text[a:b]}|{l}" for a, b, l in pred if a < e and s < b]
            print(f"MISS {text[s:e]!r:40} got {near}  ::  {text[max(0, s - 60):e + 40]!r}")
        for s, e, lab in sorted(mine - gold):
            near = [f"{text[a:b]}|{l}" for a, b, l in row["mentions"] if a < e and s < b]
            print(f"FP   {text[s:e]!r:40} gold {near}")
        del other


def _print_changes(rows, full, off):
    """Spans the full pipeline gets right and the ablation does not (LOST), and the reverse (WON)."""
    for row, a, b in zip(rows, full, off):
        gold, text = set(map(tuple, row["mentions"])), row["text"]
        a, b = set(map(tuple, a)), set(map(tuple, b))
        for kind, spans, other in (("rules right", a - b, b - a), ("rules wrong", b - a, a - b)):
            for s, e, lab in sorted(spans & gold):
                near = [f"{text[x:y]}|{l}" for x, y, l in other if x < e and s < y]
                print(f"{kind}: {text[s:e]!r}|{lab} vs {near} :: {text[max(0, s - 50):e + 30]!r}")


if __name__ == "__main__":
    sys.exit(main())
