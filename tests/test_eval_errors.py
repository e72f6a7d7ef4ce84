"""`extract eval --errors` lists the mistakes behind the scores; every command's `--help` reads well (issue 21)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from extract import evaluate as ev
from extract.mistakes import find_mistakes
from tests.conftest import CORPUS, GOLD, ROOT


def _extract(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def _gold_rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _record(article: str, m: dict) -> dict:
    return {"article": article, "label": m["label"], "text": m["text"], "start": m["start"], "end": m["end"],
            "value": m["value"]}


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    """Predictions = the gold with four planted mistakes: a dropped ORG, a DATE one character short,
    a MONEY amount ten times too big and a PERCENT where the gold has nothing."""
    rows = _gold_rows()
    article = rows[0]["article"]
    text = (CORPUS / article).read_text(encoding="utf-8")
    mentions = rows[0]["mentions"]
    dropped = next(m for m in mentions if m["label"] == "ORG")
    short = next(m for m in mentions if m["label"] == "DATE" and m["end"] - m["start"] > 3)
    money = next(m for m in mentions if m["label"] == "MONEY")
    taken = {(m["start"], m["end"]) for m in mentions}
    word = next(w for w in re.finditer(r"\b[a-z]{6,}\b", text[200:]) if all(
        not (s < w.end() + 200 and w.start() + 200 < e) for s, e in taken))
    extra = {"label": "PERCENT", "start": word.start() + 200, "end": word.end() + 200, "text": word.group(),
             "value": {"percent": 1.0, "mod": None, "high": None}}
    records = []
    for row in rows:
        for m in row["mentions"]:
            if m is dropped:
                continue
            record = _record(row["article"], m)
            if m is short:
                record.update(end=m["end"] - 1, text=m["text"][:-1])
            if m is money:
                record["value"] = {**m["value"], "amount": m["value"]["amount"] * 10}
            records.append(record)
    records.append(_record(article, extra))
    pred = tmp_path_factory.mktemp("planted") / "mentions.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return {"pred": pred, "article": article, "text": text, "dropped": dropped, "short": short, "money": money,
            "extra": extra}


def _window_has(window: str, text: str, start: int, end: int) -> bool:
    flat = lambda part: re.sub(r"\s+", " ", part)  # noqa: E731
    return f"{flat(text[max(0, start - 20):start])}[[{flat(text[start:end])}]]{flat(text[end:end + 20])}" in window


def test_eval_errors_json_lists_each_planted_mistake(planted):
    result = _extract("eval", str(GOLD), "--pred", str(planted["pred"]), "--corpus", str(CORPUS), "--errors", "--json")
    assert result.returncode == 0, result.stderr
    errors = json.loads(result.stdout)["errors"]
    assert list(errors) == ["ORG", "PRODUCT", "DATE", "MONEY", "PERCENT"]
    summary = {label: sorted((m["kind"], m["start"], m["end"]) for m in items) for label, items in errors.items()}
    d, s, money, extra = planted["dropped"], planted["short"], planted["money"], planted["extra"]
    assert summary == {
        "ORG": [("miss", d["start"], d["end"])],
        "PRODUCT": [],
        "DATE": sorted([("miss", s["start"], s["end"]), ("false_positive", s["start"], s["end"] - 1)]),
        "MONEY": [("wrong_value", money["start"], money["end"])],
        "PERCENT": [("false_positive", extra["start"], extra["end"])],
    }
    text = planted["text"]
    for items in errors.values():
        for m in items:
            assert m["article"] == planted["article"]
            assert m["text"] == text[m["start"]:m["end"]]
            assert _window_has(m["window"], text, m["start"], m["end"]), m["window"]
    wrong = errors["MONEY"][0]
    assert wrong["gold"] == money["value"] and wrong["pred"]["amount"] == money["value"]["amount"] * 10
    miss, fp = sorted(errors["DATE"], key=lambda m: m["kind"] != "miss")
    assert miss["overlaps"] == [{"start": s["start"], "end": s["end"] - 1, "text": s["text"][:-1]}]
    assert fp["overlaps"] == [{"start": s["start"], "end": s["end"], "text": s["text"]}]


def test_eval_errors_table_groups_by_label(planted):
    result = _extract("eval", str(GOLD), "--pred", str(planted["pred"]), "--corpus", str(CORPUS), "--errors")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("label")  # the scores come first
    heads = [line for line in lines if re.match(r"^[A-Z]+: false positives", line)]
    assert heads == ["ORG: false positives 0, misses 1, wrong values 0",
                     "PRODUCT: false positives 0, misses 0, wrong values 0",
                     "DATE: false positives 1, misses 1, wrong values 0",
                     "MONEY: false positives 0, misses 0, wrong values 1",
                     "PERCENT: false positives 1, misses 0, wrong values 0"]
    d = planted["dropped"]
    org = lines[lines.index(heads[0]) + 1:lines.index(heads[1])]
    assert org[0].split() == ["miss", planted["article"], f"{d['start']}-{d['end']}", json.dumps(d["text"])]
    assert f"[[{d['text']}]]" in org[1]


def test_eval_errors_without_texts_keeps_surfaces(planted):
    gold = ev.load_gold(GOLD)
    found = find_mistakes(gold, ev.load_predictions(planted["pred"]))
    assert [m.window for m in found] == [None] * 5
    assert {m.text for m in found} == {planted["dropped"]["text"], planted["short"]["text"],
                                       planted["short"]["text"][:-1], planted["money"]["text"], planted["extra"]["text"]}


def test_eval_errors_agree_with_the_scores(corpus_run):
    """On the real run: misses = gold - strict, false positives = pred - strict, wrong values = valued - correct."""
    gold, items = ev.load_gold(GOLD), ev.load_predictions(corpus_run)
    counts, found = ev.score(gold, items), find_mistakes(gold, items)
    for label, c in counts.items():
        mine = [m for m in found if label in ("ALL", m.label)]
        assert sum(m.kind == "miss" for m in mine) == c.gold - c.strict
        assert sum(m.kind == "false_positive" for m in mine) == c.pred - c.strict
        assert sum(m.kind == "wrong_value" for m in mine) == c.valued - c.value_ok


def _labels_gold(tmp_path, labels, mentions):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article": "a.txt", "labels": labels, "mentions": mentions}) + "\n", encoding="utf-8")
    return gold


ACME = {"start": 0, "end": 10, "label": "ORG", "text": "Acme Corp."}


def test_eval_scores_only_the_labels_a_gold_line_annotates(tmp_path):
    """A gold line's `labels` (bench/gold/news_probe: names, money, percent): a DATE found in that article is
    not a false positive, so the ALL row counts only what was annotated; a wrong ORG still is one."""
    gold = _labels_gold(tmp_path, ["ORG", "MONEY"], [ACME])
    pred = tmp_path / "mentions.jsonl"
    pred.write_text("".join(json.dumps({"article": "a.txt", "label": label, "start": start, "end": end, "text": text})
                            + "\n" for label, start, end, text in [
                                ("ORG", 0, 10, "Acme Corp."), ("DATE", 16, 25, "last year"), ("ORG", 30, 34, "Beta")]),
                    encoding="utf-8")
    data = json.loads(ev.evaluate_command(gold, pred, json_output=True, errors=True))
    assert (data["DATE"]["pred"], data["ORG"]["pred"], data["ALL"]["pred"]) == (0, 2, 2)
    assert {label: [m["kind"] for m in items] for label, items in data["errors"].items() if items} == {
        "ORG": ["false_positive"]}


@pytest.mark.parametrize("labels,cause", [
    (["ORG", "DATES"], "unknown label 'DATES'"),
    (["MONEY"], "mention 1: label ORG is not one of the line's 'labels' (MONEY)"),
    ("ORG", "'labels' must be a list of labels"),
], ids=["unknown label", "mention outside its labels", "not a list"])
def test_gold_labels_are_checked(tmp_path, labels, cause):
    from extract.errors import UsageError

    with pytest.raises(UsageError, match=re.escape(cause)):
        ev.load_gold(_labels_gold(tmp_path, labels, [ACME]))


def _commands():
    import typer.main

    from extract.cli import app

    group = typer.main.get_command(app)
    return [[]] + [[name] for name in group.commands]


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c) or "extract")
def test_cli_help_of_every_command(command):
    from typer.testing import CliRunner

    from extract.cli import app

    import typer.main

    result = CliRunner().invoke(app, [*command, "--help"], prog_name="extract")
    assert result.exit_code == 0, result.output
    out = result.output
    usage = out.splitlines()[0]
    assert usage.startswith(f"Usage: {' '.join(['extract', *command])} ") and "{" not in usage, usage
    if not command:
        return
    cmd = typer.main.get_command(app).commands[command[0]]
    arguments = [p for p in cmd.params if p.param_type_name == "argument"]
    names = [p.name.upper() if p.required else f"[{p.name.upper()}]" for p in arguments]
    assert usage.split()[3:] == ["[OPTIONS]", *names]
    doc = cmd.callback.__doc__
    assert doc.splitlines()[0].strip() in out.replace("\n  ", " ")
    examples = [line.strip() for line in doc.split("\b", 1)[1].splitlines() if line.strip()] if "\b" in doc else []
    assert examples and all(f"extract {command[0]} " in line for line in examples), "every command shows an example"
    for line in examples:  # a literal block: each example on its own line, unwrapped
        assert f"\n      {line}\n" in out, line
