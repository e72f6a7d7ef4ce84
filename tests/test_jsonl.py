"""JSONL in (issue 21): `extract run articles.jsonl` and `extract run -`, one article a line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.articles import read_article
from extract.runner import run_corpus
from extract.sources import Fields, JsonlLine, parse_jsonl_line
from tests.conftest import CORPUS, ROOT

EXTRA = [  # (id, text, published): short articles beside the corpus ones
    ("n-1", "Nordwind Technologies Co said revenue rose 12% to $4.5 billion last year.", "2022-10-22"),
    ("n-2", "Quill Corp shares fell 3 per cent on Tuesday.", None),
    (17, "Acme Holdings Ltd will pay €2 million in March.", "2021-01-03"),
]


def _corpus_rows() -> list[dict]:
    """The corpus as JSONL: the id is the file name, the text is the body after the front matter."""
    rows = []
    for path in sorted(CORPUS.glob("*.txt")):
        article = read_article(path)
        rows.append({"id": path.name, "text": article.text[article.body_start:],
                     "published": article.published.isoformat() if article.published else None})
    return rows


def _write(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _extract(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract.cli", *args], input=stdin, capture_output=True, cwd=cwd,
                          timeout=300)


def test_jsonl_records_are_the_folder_run_with_offsets_into_text(tmp_path, corpus_records):
    source = _write(tmp_path / "corpus.jsonl", _corpus_rows())
    out = tmp_path / "out" / "mentions.jsonl"
    assert run_corpus(source, out, quiet=True) == 0
    starts = {p.name: read_article(p).body_start for p in CORPUS.glob("*.txt")}
    shifted = [{**r, "start": r["start"] - starts[r["article"]], "end": r["end"] - starts[r["article"]]}
               for r in corpus_records]
    got = _records(out)
    assert got == shifted
    texts = {row["id"]: row["text"] for row in _corpus_rows()}
    assert all(texts[r["article"]][r["start"]:r["end"]] == r["text"] for r in got)
    table = _records(out.parent / "articles.jsonl")
    assert [(t["path"], t["status"]) for t in table] == [(name, "ok") for name in sorted(starts)]


def test_jsonl_bad_lines_are_one_error_line_each(tmp_path):
    good = [{"id": i, "text": t, "published": p} for i, t, p in EXTRA]
    lines = [good[0], "{not json", '["a", "list"]', {"id": "x", "body": "no text field"}, good[1],
             {"id": "y", "text": "Acme rose 5%.", "published": "2022-02-30"}, {"id": "n-1", "text": "again"}, good[2]]
    source = _write(tmp_path / "in.jsonl", lines)
    with source.open("ab") as f:
        f.write(b'{"id": "z", "text": "caf\xe9"}\n')
    bad_byte = len(b'{"id": "z", "text": "caf')
    out = tmp_path / "out.jsonl"
    result = _extract("run", str(source), "-o", str(out))
    assert result.returncode == 1
    errors = [line for line in result.stderr.decode().splitlines() if line.startswith("error:")]
    assert errors == [
        "error: in.jsonl:2: not JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))",
        "error: in.jsonl:3: not a JSON object but list",
        "error: in.jsonl:4: no 'text' string",
        "error: in.jsonl:6: published date '2022-02-30' does not exist",
        "error: in.jsonl:7: duplicate id 'n-1' (first on line 1)",
        f"error: in.jsonl:9: not UTF-8 (byte 0xe9 at offset {bad_byte})",
    ]
    records = _records(out)
    assert sorted({r["article"] for r in records}) == ["17", "n-1", "n-2"]
    assert ("MONEY", "$4.5 billion") in {(r["label"], r["text"]) for r in records if r["article"] == "n-1"}
    assert [r["article"] for r in records] == sorted((r["article"] for r in records), key=["n-1", "n-2", "17"].index)


def test_jsonl_line_over_the_size_limit_is_its_error(tmp_path, capsys):
    rows = [{"id": i, "text": t, "published": p} for i, t, p in EXTRA]
    rows[1]["text"] += " Long." * 50
    source = _write(tmp_path / "in.jsonl", rows)
    size = len(json.dumps(rows[1], ensure_ascii=False).encode())
    limit = max(len(json.dumps(r, ensure_ascii=False).encode()) for r in (rows[0], rows[2]))
    assert limit < size
    out = tmp_path / "out.jsonl"
    assert run_corpus(source, out, max_bytes=limit) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]
    assert errors == [f"error: in.jsonl:2: {size:,} bytes, over the size limit of {limit:,} (--max-bytes)"]
    assert sorted({r["article"] for r in _records(out)}) == ["17", "n-1"]


def test_jsonl_from_stdin_is_the_file_run(tmp_path):
    rows = [{"id": i, "text": t, "published": p} for i, t, p in EXTRA]
    source = _write(tmp_path / "in.jsonl", rows)
    from_file = _extract("run", str(source), "-o", "-", "--quiet", "--no-cache")
    from_stdin = _extract("run", "-", "-o", "-", "--quiet", "--no-cache", stdin=source.read_bytes(), cwd=tmp_path)
    assert from_file.returncode == from_stdin.returncode == 0, from_stdin.stderr
    assert from_stdin.stdout == from_file.stdout and from_stdin.stdout.count(b"\n") >= 6


def test_jsonl_field_options_reach_into_nested_objects(tmp_path):
    rows = [{"url": i, "body": {"content": t}, "meta": {"date": p}, "headline": f"story {i}"} for i, t, p in EXTRA]
    source = _write(tmp_path / "nested.jsonl", rows)
    plain = _write(tmp_path / "plain.jsonl", [{"id": i, "text": t, "published": p} for i, t, p in EXTRA])
    nested = _extract("run", str(source), "-o", str(tmp_path / "a" / "m.jsonl"), "--id-field", "url",
                      "--text-field", "body.content", "--published-field", ".meta.date", "--title-field", "headline")
    assert nested.returncode == 0, nested.stderr
    assert run_corpus(plain, tmp_path / "b" / "m.jsonl", quiet=True) == 0
    assert (tmp_path / "a" / "m.jsonl").read_bytes() == (tmp_path / "b" / "m.jsonl").read_bytes()
    titles = [t["title"] for t in _records(tmp_path / "a" / "m.articles.jsonl")]
    assert titles == [f"story {i}" for i, _, _ in EXTRA]


def test_jsonl_rerun_processes_only_the_changed_line(tmp_path, capsys):
    rows = _corpus_rows() + [{"id": i, "text": t, "published": p} for i, t, p in EXTRA]
    source = _write(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out" / "mentions.jsonl"
    assert run_corpus(source, out) == 0
    assert f"{len(rows)} articles (0 from cache)" in capsys.readouterr().err
    rows[3]["text"] = rows[3]["text"].replace("3 per cent", "4 per cent")
    _write(source, rows)
    assert run_corpus(source, out) == 0
    assert f"{len(rows)} articles ({len(rows) - 1} from cache)" in capsys.readouterr().err
    fresh = tmp_path / "fresh" / "mentions.jsonl"
    assert run_corpus(source, fresh, quiet=True, use_cache=False) == 0
    assert out.read_bytes() == fresh.read_bytes()
    assert ("PERCENT", "4 per cent") in {(r["label"], r["text"]) for r in _records(out) if r["article"] == "n-2"}
    rows[3]["published"] = "2022-10-25"  # the date changes values: the line is processed again
    _write(source, rows)
    assert run_corpus(source, out) == 0
    assert f"({len(rows) - 1} from cache)" in capsys.readouterr().err


@pytest.mark.parametrize("data,cause", [
    (b'{"id": true, "text": "x"}', "no 'id' (a non-empty string or a number)"),
    (b'{"id": "", "text": "x"}', "no 'id' (a non-empty string or a number)"),
    (b'{"id": "a", "text": 5}', "no 'text' string"),
    (b'{"id": "a", "text": "x", "published": 20221022}', "'published' is not a string"),
    (b'{"id": "a", "text": "x", "published": "someday"}',
     "published date 'someday' is not YYYY-MM-DD (or '22 Oct 2022', 'October 22, 2022')"),
    (b'{"id": "a", "text": "bad \\ud800 x"}', "'text' holds a lone surrogate (U+D800 at character 4), not Unicode text"),
    (b'{"id": "\\udfff", "text": "x"}', "'id' holds a lone surrogate (U+DFFF at character 0), not Unicode text"),
])
def test_jsonl_line_refused_with_its_cause(data, cause):
    from extract.errors import ArticleError

    with pytest.raises(ArticleError) as info:
        parse_jsonl_line(JsonlLine("in.jsonl", 3, data), Fields())
    assert str(info.value) == f"in.jsonl:3: {cause}"


def test_jsonl_lone_surrogate_is_that_lines_error_and_the_run_goes_on(tmp_path, capsys):
    """A JSON escape of half a UTF-16 pair is valid JSON but no text: its line fails, not the run."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"id": "bad", "text": "Acme Corp. rose \\ud800 5%."}\n'
                       b'{"id": "good", "text": "Acme Corp. rose 5% on Monday."}\n')
    out = tmp_path / "out.jsonl"
    assert run_corpus(source, out, use_cache=False) == 1
    assert "error: in.jsonl:1: 'text' holds a lone surrogate" in capsys.readouterr().err
    assert {(r["article"], r["label"]) for r in _records(out)} >= {("good", "ORG"), ("good", "PERCENT")}
    assert {r["article"] for r in _records(out)} == {"good"}


def test_gold_is_checked_against_the_lines_of_a_jsonl_corpus(tmp_path):
    """extract eval --corpus x.jsonl: a gold article is a line's id, its offsets index that line's text."""
    from extract import evaluate as ev
    from extract.errors import UsageError

    text = "Acme Corp. said sales rose 5% last year."
    source = _write(tmp_path / "in.jsonl", [{"id": "n-1", "text": "Other text."}, {"id": "n-2", "text": text}])
    start = text.index("5%")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article": "n-2", "mentions": [
        {"start": start, "end": start + 2, "label": "PERCENT", "text": "5%"}]}) + "\n", encoding="utf-8")
    assert [(i.label, i.start) for i in ev.load_gold(gold, source)["n-2"]] == [("PERCENT", start)]
    gold.write_text(json.dumps({"article": "n-3", "mentions": []}) + "\n", encoding="utf-8")
    with pytest.raises(UsageError, match="article n-3 is no readable line of"):
        ev.load_gold(gold, source)
    gold.write_text(json.dumps({"article": "n-2", "mentions": [
        {"start": 0, "end": 4, "label": "ORG", "text": "Acme Corp."}]}) + "\n", encoding="utf-8")
    with pytest.raises(UsageError, match="text 'Acme Corp.' is not what offsets 0-4 span"):
        ev.load_gold(gold, source)
