"""`extract show` in a real browser and `extract add` then `extract run` (issue 9)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extract.runner import run_corpus
from tests.conftest import CORPUS, ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SEED = CORPUS / "000_0d618fe72babb824.txt"


def _extract(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract.cli", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_show_marks_every_mention_in_chromium(tmp_path, corpus_records):
    page = tmp_path / "a.html"
    result = _extract("show", str(SEED), "-o", str(page))
    assert result.returncode == 0 and result.stdout.strip() == str(page)
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120).stdout
    marks = re.findall(r'<mark class="entity" data-label="(\w+)" data-start="(\d+)" data-end="(\d+)" title="([^"]*)"', dom)
    expected = [(r["label"], str(r["start"]), str(r["end"])) for r in corpus_records if r["article"] == SEED.name]
    assert [m[:3] for m in marks] == expected
    assert all(m[3] for m in marks)  # every mark carries its value
    assert dom.count("<tr data-start=") == len(expected)


def test_show_bad_article_is_one_error_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    result = _extract("show", str(bad), "-o", str(tmp_path / "b.html"))
    assert result.returncode == 1 and result.stderr.strip() == "error: bad.txt: not UTF-8 (byte 0xe9 at offset 3)"


def test_add_then_run_picks_the_article_up(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    out = tmp_path / "output" / "mentions.jsonl"
    assert run_corpus(corpus, out, quiet=True) == 0
    story = tmp_path / "story.txt"
    story.write_text("Nordwind Technologies Co said revenue rose 12% to $4.5 billion last year.\n", encoding="utf-8")
    result = _extract("add", str(story), "--published", "22 Oct 2022", "--title", "Nordwind grows",
                      "--corpus", str(corpus))
    assert result.returncode == 0
    target = Path(result.stdout.strip())
    assert target == corpus / "story.txt"
    assert target.read_text(encoding="utf-8").startswith("---\npublished: 2022-10-22\ntitle: Nordwind grows\n---\n")
    assert run_corpus(corpus, out) == 0
    assert "(2 from cache)" in capsys.readouterr().err
    added = [json.loads(line) for line in out.read_text().splitlines() if '"story.txt"' in line]
    assert {(r["label"], r["text"]) for r in added} >= {("ORG", "Nordwind Technologies Co"), ("PERCENT", "12%"),
                                                         ("MONEY", "$4.5 billion"), ("DATE", "last year")}
    money = next(r for r in added if r["label"] == "MONEY")
    assert money["value"] == {"amount": 4.5e9, "currency": "USD", "mod": None, "high": None}
    table = [json.loads(line) for line in (out.parent / "articles.jsonl").read_text().splitlines()]
    assert next(t for t in table if t["path"] == "story.txt")["title"] == "Nordwind grows"


@pytest.mark.parametrize("data,cause", [
    (None, "its text is already in the corpus as 000_0d618fe72babb824.txt"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
])
def test_add_refuses_duplicates_and_non_text(tmp_path, data, cause):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    source = tmp_path / "copy.txt"
    source.write_bytes(SEED.read_bytes().split(b"\n---\n", 1)[1] if data is None else data)
    result = _extract("add", str(source), "--corpus", str(corpus))
    assert result.returncode == 1 and result.stderr.strip() == f"error: {source}: {cause}"
    assert sorted(p.name for p in corpus.iterdir()) == sorted(p.name for p in CORPUS.iterdir())
